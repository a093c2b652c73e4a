using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Data.Sqlite;

namespace SahelBot.Facts.Export;

/// <summary>
/// Writes the store's reviewable facts back as the five files <c>sahelbot db build</c> reads (data/curated
/// layout: same fields in the same order, two-space indent, accents as they are, records in id order). Exported:
/// curated and moderator facts published for every server and not retracted, with the sources and countries
/// they use. Left out: imported dataset events, server-only facts, retracted facts (a retraction is the
/// correction), so a maintainer reviews the diff and commits what the moderators changed.
/// </summary>
public static class CuratedExporter
{
    private const string Exported = "guild_id IS NULL AND retracted_at IS NULL AND origin IN ('curated', 'moderator')";

    private static readonly JsonSerializerOptions FileOptions = new()
    {
        WriteIndented = true,
        // Files for people and git diffs, never embedded in HTML: keep accents and apostrophes readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task<ExportReport> ExportAsync(FactStore store, string directory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory.CreateDirectory(directory);
        await using var connection = store.OpenReadOnlyConnection();
        var dropped = new List<string>();
        var names = (await connection.QueryAsync<(string Code, string Name)>("SELECT code, name_en FROM countries")).ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal);
        var groupIds = (await connection.QueryAsync<string>($"SELECT id FROM groups WHERE {Exported}")).ToHashSet(StringComparer.Ordinal);

        var countries = await CountriesAsync(connection);
        var sources = await SourcesAsync(connection);
        var incidents = await IncidentsAsync(connection, names, groupIds, dropped);
        var groups = await GroupsAsync(connection, names);
        var deployments = await DeploymentsAsync(connection, names);

        await WriteAsync(directory, "countries.json", countries, cancellationToken);
        await WriteAsync(directory, "sources.json", sources, cancellationToken);
        await WriteAsync(directory, "incidents.json", incidents, cancellationToken);
        await WriteAsync(directory, "groups.json", groups, cancellationToken);
        await WriteAsync(directory, "deployments.json", deployments, cancellationToken);
        return new ExportReport(Path.GetFullPath(directory), countries.Count, sources.Count, incidents.Count, groups.Count, deployments.Count, dropped);
    }

    private static async Task<JsonArray> CountriesAsync(SqliteConnection connection)
    {
        var rows = await connection.QueryAsync<(string Code, string Iso3, string NameEn, string NameFr, string DemonymEn, string DemonymsFr, long IsSahel)>(
            "SELECT code, iso3, name_en, name_fr, demonym_en, demonyms_fr, is_sahel FROM countries WHERE guild_id IS NULL ORDER BY rowid");
        var aliases = (await connection.QueryAsync<(string Code, string Alias)>("SELECT country_code, alias FROM country_aliases ORDER BY rowid"))
            .ToLookup(a => a.Code, a => a.Alias, StringComparer.Ordinal);
        var array = new JsonArray();
        foreach (var c in rows)
        {
            var demonyms = JsonText.ParseList(c.DemonymsFr);
            // country_aliases also holds the names the build derives from the other fields; only the extra ones are aliases.
            var derived = new[] { c.Code, c.Iso3, c.NameEn, c.NameFr, c.DemonymEn }.Concat(demonyms).Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
            array.Add(new JsonObject
            {
                ["code"] = c.Code,
                ["iso3"] = c.Iso3,
                ["name_en"] = c.NameEn,
                ["name_fr"] = c.NameFr,
                ["demonym_en"] = c.DemonymEn,
                ["demonyms_fr"] = Strings(demonyms),
                ["is_sahel"] = c.IsSahel == 1,
                ["aliases"] = Strings(aliases[c.Code].Where(a => !derived.Contains(TextNormalizer.Fold(a)))),
            });
        }

        return array;
    }

    private static async Task<JsonArray> SourcesAsync(SqliteConnection connection)
    {
        var rows = await connection.QueryAsync<(string Id, string? Url, string Title, string? Publisher, string? Published)>(
            "SELECT id, url, title, publisher, published FROM sources WHERE guild_id IS NULL AND origin IN ('curated', 'moderator') ORDER BY id");
        return new JsonArray(rows.Select(s => (JsonNode)new JsonObject
        {
            ["id"] = s.Id,
            ["url"] = s.Url,
            ["title"] = s.Title,
            ["publisher"] = s.Publisher,
            ["published"] = s.Published,
        }).ToArray());
    }

    private static async Task<JsonArray> IncidentsAsync(SqliteConnection connection, Dictionary<string, string> countries, HashSet<string> groupIds, List<string> dropped)
    {
        var rows = await connection.QueryAsync(
            $"""
            SELECT id, date, date_precision, country_code, admin1, place, latitude, longitude, kind, target, deaths_military, deaths_civilian,
                   deaths_militants, deaths_min, deaths_max, injured, missing, summary
            FROM incidents WHERE {Exported} ORDER BY id
            """);
        var aliases = await ChildLookupAsync(connection, "SELECT incident_id, alias FROM incident_place_aliases ORDER BY incident_id, ordinal");
        var perpetrators = await ChildLookupAsync(connection, "SELECT incident_id, group_id FROM incident_groups WHERE role = 'perpetrator' ORDER BY incident_id, ordinal");
        var claimants = await ChildLookupAsync(connection, "SELECT incident_id, group_id FROM incident_groups WHERE role = 'claimant' ORDER BY incident_id, ordinal");
        var sources = await ChildLookupAsync(connection, "SELECT incident_id, source_id FROM incident_sources ORDER BY incident_id, ordinal");
        var array = new JsonArray();
        foreach (var i in rows)
        {
            string id = i.id;
            array.Add(new JsonObject
            {
                ["id"] = id,
                ["date"] = (string)i.date,
                ["date_precision"] = (string)i.date_precision,
                ["country"] = countries[(string)i.country_code],
                ["admin1"] = (string?)i.admin1,
                ["location"] = (string)i.place,
                ["location_aliases"] = Strings(aliases[id]),
                ["latitude"] = Coordinate((double?)i.latitude),
                ["longitude"] = Coordinate((double?)i.longitude),
                ["kind"] = (string)i.kind,
                ["target"] = (string?)i.target,
                ["perpetrator_group_ids"] = Strings(Known(id, perpetrators[id], groupIds, dropped)),
                ["claimed_by_group_ids"] = Strings(Known(id, claimants[id], groupIds, dropped)),
                ["fatalities"] = new JsonObject
                {
                    ["military"] = (int?)(long?)i.deaths_military,
                    ["civilian"] = (int?)(long?)i.deaths_civilian,
                    ["militants"] = (int?)(long?)i.deaths_militants,
                    ["total_min"] = (int?)(long?)i.deaths_min,
                    ["total_max"] = (int?)(long?)i.deaths_max,
                },
                ["injured"] = (int?)(long?)i.injured,
                ["missing"] = (int?)(long?)i.missing,
                ["summary"] = (string)i.summary,
                ["source_ids"] = Strings(sources[id]),
            });
        }

        return array;
    }

    private static async Task<JsonArray> GroupsAsync(SqliteConnection connection, Dictionary<string, string> countries)
    {
        var rows = await connection.QueryAsync<(string Id, string Name, string? Affiliation, string? Founded, string? Summary)>(
            $"SELECT id, name, affiliation, founded, summary FROM groups WHERE {Exported} ORDER BY id");
        var aliases = await ChildLookupAsync(connection, "SELECT group_id, alias FROM group_aliases ORDER BY group_id, ordinal");
        var active = await ChildLookupAsync(connection, "SELECT group_id, country_code FROM group_countries ORDER BY group_id, ordinal");
        var sources = await ChildLookupAsync(connection, "SELECT group_id, source_id FROM group_sources ORDER BY group_id, ordinal");
        var leaders = (await connection.QueryAsync<(string GroupId, string Name, string? Role, string? From, string? To)>(
            "SELECT group_id, name, role, \"from\", \"to\" FROM group_leaders ORDER BY group_id, ordinal")).ToLookup(l => l.GroupId, StringComparer.Ordinal);
        return new JsonArray(rows.Select(g => (JsonNode)new JsonObject
        {
            ["id"] = g.Id,
            ["name"] = g.Name,
            ["aliases"] = Strings(aliases[g.Id]),
            ["affiliation"] = g.Affiliation,
            ["active_countries"] = Strings(active[g.Id].Select(c => countries[c])),
            ["founded"] = g.Founded,
            ["leaders"] = new JsonArray(leaders[g.Id].Select(l => (JsonNode)new JsonObject
            {
                ["name"] = l.Name,
                ["role"] = l.Role,
                ["from"] = l.From,
                ["to"] = l.To,
            }).ToArray()),
            ["summary"] = g.Summary,
            ["source_ids"] = Strings(sources[g.Id]),
        }).ToArray());
    }

    private static async Task<JsonArray> DeploymentsAsync(SqliteConnection connection, Dictionary<string, string> countries)
    {
        var rows = await connection.QueryAsync<(string Id, string Name, string Kind, string? Start, string? End, string? Summary)>(
            $"SELECT id, name, kind, start, \"end\", summary FROM deployments WHERE {Exported} ORDER BY id");
        var contributors = await ChildLookupAsync(connection, "SELECT deployment_id, name FROM deployment_contributors ORDER BY deployment_id, ordinal");
        var hosts = await ChildLookupAsync(connection, "SELECT deployment_id, country_code FROM deployment_hosts ORDER BY deployment_id, ordinal");
        var sources = await ChildLookupAsync(connection, "SELECT deployment_id, source_id FROM deployment_sources ORDER BY deployment_id, ordinal");
        var strength = (await connection.QueryAsync<(string DeploymentId, string AsOf, long Troops, string? Note)>(
            "SELECT deployment_id, as_of, troops, note FROM deployment_strength ORDER BY deployment_id, ordinal")).ToLookup(s => s.DeploymentId, StringComparer.Ordinal);
        return new JsonArray(rows.Select(d => (JsonNode)new JsonObject
        {
            ["id"] = d.Id,
            ["name"] = d.Name,
            ["kind"] = d.Kind,
            ["contributors"] = Strings(contributors[d.Id]),
            ["host_countries"] = Strings(hosts[d.Id].Select(c => countries[c])),
            ["start"] = d.Start,
            ["end"] = d.End,
            ["strength"] = new JsonArray(strength[d.Id].Select(s => (JsonNode)new JsonObject
            {
                ["as_of"] = s.AsOf,
                ["troops"] = (int)s.Troops,
                ["note"] = s.Note,
            }).ToArray()),
            ["summary"] = d.Summary,
            ["source_ids"] = Strings(sources[d.Id]),
        }).ToArray());
    }

    private static IEnumerable<string> Known(string incidentId, IEnumerable<string> ids, HashSet<string> exported, List<string> dropped)
    {
        foreach (var id in ids)
        {
            if (exported.Contains(id))
            {
                yield return id;
            }
            else
            {
                dropped.Add($"{incidentId} → {id}");
            }
        }
    }

    private static async Task<ILookup<string, string>> ChildLookupAsync(SqliteConnection connection, string sql) =>
        (await connection.QueryAsync<(string Owner, string Value)>(sql)).ToLookup(r => r.Owner, r => r.Value, StringComparer.Ordinal);

    /// <summary>A coordinate written as the curated files write it: a whole degree keeps its ".0".</summary>
    private static JsonNode? Coordinate(double? value)
    {
        if (value is not { } number)
        {
            return null;
        }

        var text = number.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        return JsonNode.Parse(text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0");
    }

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    private static async Task WriteAsync(string directory, string fileName, JsonArray array, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, fileName);
        var temp = path + ".tmp";
        await File.WriteAllTextAsync(temp, array.ToJsonString(FileOptions) + "\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken);
        File.Move(temp, path, overwrite: true);
    }
}
