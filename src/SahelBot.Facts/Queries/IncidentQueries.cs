using Dapper;
using SahelBot.Facts.Model;
using SahelBot.Facts.Queries.Rows;

namespace SahelBot.Facts.Queries;

/// <summary>Incident lists, details, autocomplete suggestions and place-name resolution.</summary>
public sealed class IncidentQueries(FactStore store)
{
    /// <summary>One page of visible, unretracted incidents matching the filter, newest first, then by id.</summary>
    public async Task<Page<IncidentSummary>> ListAsync(IncidentFilter filter, int pageIndex, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(pageIndex);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        var (where, parameters) = IncidentFilterSql.Build(filter);
        parameters.Add("Take", pageSize);
        parameters.Add("Skip", (long)pageIndex * pageSize);

        await using var connection = store.OpenConnection();
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            $"SELECT count(*) FROM incidents i WHERE {where}", parameters, cancellationToken: cancellationToken));
        var rows = (await connection.QueryAsync<IncidentRow>(new CommandDefinition(
            $"SELECT {IncidentRow.Columns} FROM incidents i WHERE {where} ORDER BY i.date DESC, i.id LIMIT @Take OFFSET @Skip",
            parameters,
            cancellationToken: cancellationToken))).ToList();
        var items = await FactLoader.IncidentSummariesAsync(connection, rows, cancellationToken);
        return new Page<IncidentSummary>(items, total, pageIndex, pageSize);
    }

    /// <summary>
    /// The incident with this id if this server may see it, retracted or not (RetractedAt says so),
    /// so that a link to a retracted fact explains itself instead of vanishing.
    /// </summary>
    public async Task<IncidentDetail?> GetAsync(string id, ulong? guildId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = store.OpenConnection();
        var row = await connection.QuerySingleOrDefaultAsync<IncidentRow>(new CommandDefinition(
            $"SELECT {IncidentRow.Columns} FROM incidents i WHERE i.id = @Id AND {Visibility.Visible("i")}",
            // Ids are stored lower case; comparing exactly keeps the primary-key lookup.
            new { Id = id.Trim().ToLowerInvariant(), GuildId = ToDb(guildId) },
            cancellationToken: cancellationToken));
        if (row is null)
        {
            return null;
        }

        var summary = (await FactLoader.IncidentSummariesAsync(connection, [row], cancellationToken))[0];
        var aliases = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT alias FROM incident_place_aliases WHERE incident_id = @Id ORDER BY ordinal",
            new { row.Id },
            cancellationToken: cancellationToken));
        return new IncidentDetail(
            summary,
            aliases.ToList(),
            row.Latitude,
            row.Longitude,
            row.CoordinatePrecision,
            row.Target,
            row.Injured,
            row.Missing,
            row.ExternalId,
            new Provenance(row.Origin, row.CreatedBy, row.CreatedAt, row.GuildId),
            row.RetractedAt,
            row.RetractedReason,
            row.Version);
    }

    /// <summary>The incidents with these ids that this server may see, retracted or not, by id; one connection for them all.</summary>
    public async Task<IReadOnlyDictionary<string, IncidentSummary>> SummariesAsync(
        IReadOnlyCollection<string> ids, ulong? guildId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return new Dictionary<string, IncidentSummary>(StringComparer.Ordinal);
        }

        await using var connection = store.OpenConnection();
        var rows = (await connection.QueryAsync<IncidentRow>(new CommandDefinition(
            $"SELECT {IncidentRow.Columns} FROM incidents i WHERE i.id IN (SELECT value FROM json_each(@Ids)) AND {Visibility.Visible("i")}",
            new { Ids = JsonText.Serialize(ids.Select(id => id.Trim().ToLowerInvariant()).ToArray()), GuildId = ToDb(guildId) },
            cancellationToken: cancellationToken))).ToList();
        return (await FactLoader.IncidentSummariesAsync(connection, rows, cancellationToken)).ToDictionary(i => i.Id, StringComparer.Ordinal);
    }

    /// <summary>
    /// Autocomplete: incidents whose id starts with the text, whose place or an alias has a word starting
    /// with it, or whose country the text names; newest first. Empty text gives the newest incidents.
    /// </summary>
    public async Task<IReadOnlyList<IncidentSummary>> SuggestAsync(string text, int limit, ulong? guildId = null, CancellationToken cancellationToken = default)
    {
        if (limit <= 0)
        {
            return [];
        }

        var folded = TextNormalizer.Fold(text);
        var countryCodes = folded.Length == 0 ? [] : await new CountryQueries(store).MatchingCodesAsync(folded, cancellationToken);
        await using var connection = store.OpenConnection();
        var rows = (await connection.QueryAsync<IncidentRow>(new CommandDefinition(
            $"""
            SELECT {IncidentRow.Columns} FROM incidents i
            WHERE {Visibility.Counted("i")}
              AND (@Folded = ''
                   OR lower(i.id) LIKE @IdPrefix ESCAPE '\'
                   OR instr(' ' || i.place_folded, @WordStart) > 0
                   OR EXISTS (SELECT 1 FROM incident_place_aliases a WHERE a.incident_id = i.id AND instr(' ' || a.alias_folded, @WordStart) > 0)
                   OR i.country_code IN (SELECT value FROM json_each(@Countries)))
            ORDER BY i.date DESC, i.id
            LIMIT @Limit
            """,
            new
            {
                GuildId = ToDb(guildId),
                Folded = folded,
                IdPrefix = EscapeLike((text ?? string.Empty).Trim().ToLowerInvariant()) + "%",
                WordStart = " " + folded,
                Countries = JsonText.Serialize(countryCodes),
                Limit = limit,
            },
            cancellationToken: cancellationToken))).ToList();
        return await FactLoader.IncidentSummariesAsync(connection, rows, cancellationToken);
    }

    /// <summary>The canonical place name for a place or one of its aliases ('In Ates' → 'Inates'), or null.</summary>
    public async Task<string?> ResolvePlaceAsync(string text, CancellationToken cancellationToken = default)
    {
        var folded = TextNormalizer.Fold(text);
        if (folded.Length == 0)
        {
            return null;
        }

        await using var connection = store.OpenConnection();
        return await connection.QueryFirstOrDefaultAsync<string>(new CommandDefinition(
            """
            SELECT place FROM (
              SELECT i.place, 0 AS rank, i.date, i.id FROM incidents i
              WHERE i.place_folded = @Folded AND i.guild_id IS NULL AND i.retracted_at IS NULL
              UNION ALL
              SELECT i.place, 1 AS rank, i.date, i.id FROM incident_place_aliases a JOIN incidents i ON i.id = a.incident_id
              WHERE a.alias_folded = @Folded AND i.guild_id IS NULL AND i.retracted_at IS NULL)
            ORDER BY rank, date DESC, id
            LIMIT 1
            """,
            new { Folded = folded },
            cancellationToken: cancellationToken));
    }

    internal static long? ToDb(ulong? guildId) => guildId.HasValue ? checked((long)guildId.Value) : null;

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
