using Dapper;

namespace SahelBot.Facts.Writes;

/// <summary>
/// Finds the event a moderator may be about to add twice: same country, the same place or one of its aliases
/// (accents and case ignored), a date within a day, visible to the server and not retracted.
/// </summary>
public sealed class DuplicateFinder(FactStore store)
{
    public const int MaxCandidates = 4;

    public async Task<IReadOnlyList<string>> FindAsync(string countryCode, string place, DateOnly date, ulong guildId, CancellationToken cancellationToken = default)
    {
        await using var connection = store.OpenConnection();
        var ids = await connection.QueryAsync<string>(new CommandDefinition(
            """
            SELECT i.id FROM incidents i
            WHERE i.country_code = @Country
              AND i.date BETWEEN @From AND @To
              AND (i.guild_id IS NULL OR i.guild_id = @Guild) AND i.retracted_at IS NULL AND i.duplicate_of IS NULL
              AND (i.place_folded = @Folded
                   OR EXISTS (SELECT 1 FROM incident_place_aliases a WHERE a.incident_id = i.id AND a.alias_folded = @Folded))
            ORDER BY i.date DESC, i.id
            LIMIT @Limit
            """,
            new
            {
                Country = countryCode,
                From = IsoText.Date(date.AddDays(-1)),
                To = IsoText.Date(date.AddDays(1)),
                Guild = checked((long)guildId),
                Folded = TextNormalizer.Fold(place),
                Limit = MaxCandidates,
            },
            cancellationToken: cancellationToken));
        return ids.ToList();
    }
}
