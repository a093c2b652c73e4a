using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using SahelBot.Facts.Search;

namespace SahelBot.Facts.Synthetic;

/// <summary>
/// Grows a copy of the store with realistic made-up incidents for benchmarks (100 k, 1 M rows). They
/// follow the real data: countries weighted by the real incident counts, places, kinds and targets taken
/// from real incidents of that country, groups active in that country and founded by the date, 1–4 real
/// sources. Every row says origin 'synthetic' and its summary says it is synthetic, so it can never be
/// mistaken for a fact. The same seed on the same store gives the same rows.
/// </summary>
public static class SyntheticIncidents
{
    public const string Origin = "synthetic";
    public const string IdPrefix = "syn-";
    private const int BatchSize = 5000;
    private static readonly DateOnly FirstDate = new(2012, 1, 1);
    private static readonly DateOnly LastDate = new(2025, 12, 31);

    public static async Task GrowAsync(string databasePath, int incidentCount, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(incidentCount);
        var store = new FactStore(databasePath);
        var model = await SyntheticModel.LoadAsync(store);
        var random = new Random(seed);
        var next = model.NextNumber;
        var remaining = incidentCount;
        while (remaining > 0)
        {
            var batch = Math.Min(BatchSize, remaining);
            var first = next;
            await store.WriteAsync(async (connection, transaction) =>
            {
                var writer = new SyntheticWriter(connection, transaction);
                var ids = new List<string>(batch);
                for (var n = 0; n < batch; n++)
                {
                    var id = IdPrefix + (first + n).ToString("D7", CultureInfo.InvariantCulture);
                    writer.Write(id, model.Draw(random));
                    ids.Add(id);
                }

                await SearchIndex.RefreshAsync(connection, transaction, SearchIndex.Incident, ids);
            });
            next += batch;
            remaining -= batch;
        }
    }

    internal static DateOnly RandomDate(Random random)
    {
        var span = LastDate.DayNumber - FirstDate.DayNumber;
        return DateOnly.FromDayNumber(FirstDate.DayNumber + random.Next(span + 1));
    }

    /// <summary>What the real data looks like, loaded once per growth.</summary>
    private sealed class SyntheticModel
    {
        private List<Template> templates = [];
        private List<(string Code, int Weight)> countryWeights = [];
        private int totalWeight;
        private List<GroupInfo> groups = [];
        private string[] sources = [];

        public int NextNumber { get; private set; }

        public static async Task<SyntheticModel> LoadAsync(FactStore store)
        {
            await using var connection = store.OpenConnection();
            var model = new SyntheticModel
            {
                templates = (await connection.QueryAsync<Template>(
                    """
                    SELECT i.country_code AS CountryCode, i.admin1 AS Admin1, i.place AS Place, i.latitude AS Latitude, i.longitude AS Longitude,
                           i.coordinate_precision AS CoordinatePrecision, i.kind AS Kind, i.target AS Target,
                           (SELECT json_group_array(a.alias) FROM incident_place_aliases a WHERE a.incident_id = i.id) AS AliasesJson
                    FROM incidents i WHERE i.origin <> 'synthetic' ORDER BY i.id
                    """)).ToList(),
                groups = (await connection.QueryAsync<GroupInfo>(
                    """
                    SELECT g.id AS Id, g.founded AS Founded, COALESCE((SELECT group_concat(gc.country_code) FROM group_countries gc WHERE gc.group_id = g.id), '') AS Countries
                    FROM groups g WHERE g.retracted_at IS NULL AND g.guild_id IS NULL ORDER BY g.id
                    """)).ToList(),
                sources = (await connection.QueryAsync<string>("SELECT id FROM sources WHERE guild_id IS NULL ORDER BY id")).ToArray(),
            };
            if (model.templates.Count == 0 || model.sources.Length == 0)
            {
                throw new InvalidOperationException("The store needs real incidents and sources to grow synthetic ones from.");
            }

            model.countryWeights = model.templates.GroupBy(t => t.CountryCode).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (g.Key, g.Count())).ToList();
            model.totalWeight = model.countryWeights.Sum(c => c.Weight);
            var last = await connection.ExecuteScalarAsync<string?>(
                "SELECT max(id) FROM incidents WHERE id LIKE 'syn-%'");
            model.NextNumber = last is null ? 1 : int.Parse(last[IdPrefix.Length..], CultureInfo.InvariantCulture) + 1;
            return model;
        }

        public SyntheticIncident Draw(Random random)
        {
            var pick = random.Next(totalWeight);
            var country = countryWeights[^1].Code;
            foreach (var (code, weight) in countryWeights)
            {
                if (pick < weight)
                {
                    country = code;
                    break;
                }

                pick -= weight;
            }

            var candidates = templates.Where(t => t.CountryCode == country).ToList();
            var template = candidates[random.Next(candidates.Count)];
            var date = RandomDate(random);
            var dateText = IsoText.Date(date);

            var active = groups.Where(g => (g.Founded is null || string.CompareOrdinal(g.Founded[..Math.Min(g.Founded.Length, 4)], dateText[..4]) <= 0)
                && g.Countries.Split(',').Contains(country)).ToList();
            var perpetrators = new List<string>();
            var claimants = new List<string>();
            if (active.Count > 0 && random.NextDouble() < 0.7)
            {
                var group = active[random.Next(active.Count)].Id;
                perpetrators.Add(group);
                if (random.NextDouble() < 0.4)
                {
                    claimants.Add(group);
                }
            }

            // Heavy-tailed tolls: most incidents kill a few, a few kill very many.
            int? min = random.NextDouble() < 0.1 ? null : (int)Math.Round(Math.Pow(random.NextDouble(), 3) * 150);
            int? max = min is { } low && random.NextDouble() < 0.25 ? low + random.Next(1, 40) : min;
            int? military = null;
            int? civilian = null;
            if (min is { } deaths)
            {
                switch (template.Target)
                {
                    case "military" or "UN peacekeepers" or "foreign forces":
                        military = deaths;
                        break;
                    case "civilians":
                        civilian = deaths;
                        break;
                    default:
                        break;
                }
            }

            var sourceCount = random.Next(1, 5);
            var cited = new List<string>(sourceCount);
            while (cited.Count < sourceCount && cited.Count < sources.Length)
            {
                var source = sources[random.Next(sources.Length)];
                if (!cited.Contains(source))
                {
                    cited.Add(source);
                }
            }

            var toll = min is null ? "toll not reported" : max != min ? FormattableString.Invariant($"{min}–{max} reported dead") : FormattableString.Invariant($"{min} reported dead");
            var summary = $"Synthetic benchmark incident (not a real event): {template.Kind} at {template.Place} on {dateText}, {toll}.";
            return new SyntheticIncident(
                date, country, template, min, max, military, civilian,
                random.NextDouble() < 0.3 ? random.Next(0, 60) : null,
                summary, perpetrators, claimants, cited);
        }
    }

    internal sealed class Template
    {
        public string CountryCode { get; set; } = "";
        public string? Admin1 { get; set; }
        public string Place { get; set; } = "";
        public double? Latitude { get; set; }
        public double? Longitude { get; set; }
        public string? CoordinatePrecision { get; set; }
        public string Kind { get; set; } = "";
        public string? Target { get; set; }
        public string AliasesJson { get; set; } = "[]";
    }

    private sealed class GroupInfo
    {
        public string Id { get; set; } = "";
        public string? Founded { get; set; }
        public string Countries { get; set; } = "";
    }

    internal sealed record SyntheticIncident(
        DateOnly Date,
        string CountryCode,
        Template Template,
        int? Min,
        int? Max,
        int? Military,
        int? Civilian,
        int? Injured,
        string Summary,
        IReadOnlyList<string> Perpetrators,
        IReadOnlyList<string> Claimants,
        IReadOnlyList<string> Sources);

    /// <summary>Prepared insert commands reused for a whole batch (Dapper per row would dominate the run time).</summary>
    private sealed class SyntheticWriter
    {
        private readonly SqliteCommand incident;
        private readonly SqliteCommand alias;
        private readonly SqliteCommand source;
        private readonly SqliteCommand group;

        public SyntheticWriter(SqliteConnection connection, SqliteTransaction transaction)
        {
            incident = Prepare(
                connection,
                transaction,
                """
                INSERT INTO incidents (id, date, date_precision, country_code, admin1, place, place_folded, latitude, longitude,
                    coordinate_precision, kind, target, deaths_military, deaths_civilian, deaths_min, deaths_max, injured,
                    summary, origin, created_at, created_by, guild_id)
                VALUES ($id, $date, 'day', $country, $admin1, $place, $folded, $lat, $lon, $coord, $kind, $target, $mil, $civ,
                    $min, $max, $injured, $summary, 'synthetic', '2025-12-31T00:00:00.0000000Z', 'synthetic', NULL)
                """,
                "$id", "$date", "$country", "$admin1", "$place", "$folded", "$lat", "$lon", "$coord", "$kind", "$target", "$mil", "$civ",
                "$min", "$max", "$injured", "$summary");
            alias = Prepare(
                connection,
                transaction,
                "INSERT INTO incident_place_aliases (incident_id, ordinal, alias, alias_folded) VALUES ($id, $n, $alias, $folded)",
                "$id", "$n", "$alias", "$folded");
            source = Prepare(
                connection,
                transaction,
                "INSERT INTO incident_sources (incident_id, source_id, ordinal) VALUES ($id, $source, $n)",
                "$id", "$source", "$n");
            group = Prepare(
                connection,
                transaction,
                "INSERT INTO incident_groups (incident_id, group_id, role, ordinal) VALUES ($id, $group, $role, $n)",
                "$id", "$group", "$role", "$n");
        }

        public void Write(string id, SyntheticIncident i)
        {
            Run(
                incident,
                id, IsoText.Date(i.Date), i.CountryCode, i.Template.Admin1, i.Template.Place, TextNormalizer.Fold(i.Template.Place),
                i.Template.Latitude, i.Template.Longitude, i.Template.CoordinatePrecision, i.Template.Kind, i.Template.Target,
                i.Military, i.Civilian, i.Min, i.Max, i.Injured, i.Summary);
            var aliases = JsonText.ParseList(i.Template.AliasesJson);
            for (var n = 0; n < aliases.Count; n++)
            {
                Run(alias, id, n + 1, aliases[n], TextNormalizer.Fold(aliases[n]));
            }

            for (var n = 0; n < i.Sources.Count; n++)
            {
                Run(source, id, i.Sources[n], n + 1);
            }

            for (var n = 0; n < i.Perpetrators.Count; n++)
            {
                Run(group, id, i.Perpetrators[n], "perpetrator", n + 1);
            }

            for (var n = 0; n < i.Claimants.Count; n++)
            {
                Run(group, id, i.Claimants[n], "claimant", n + 1);
            }
        }

        private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (var name in names)
            {
                command.Parameters.Add(new SqliteParameter(name, null));
            }

            command.Prepare();
            return command;
        }

        private static void Run(SqliteCommand command, params object?[] values)
        {
            for (var n = 0; n < values.Length; n++)
            {
                command.Parameters[n].Value = values[n] ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }
    }
}
