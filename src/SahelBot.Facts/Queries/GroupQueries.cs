using Dapper;
using SahelBot.Facts.Model;
using SahelBot.Facts.Queries.Rows;

namespace SahelBot.Facts.Queries;

/// <summary>
/// Finds armed groups by id, name or alias. Matching is on folded text (case, accents, hyphens and
/// apostrophes ignored) in tiers: the id, then a name or alias equal to the text, then one starting
/// with it, then one with a word starting with it. Within a tier the group active in more Sahel
/// countries wins, then the lower id. So 'Islamic State', which no group is called exactly, is a
/// prefix of both IS Greater Sahara (3 Sahel countries) and IS West Africa Province and resolves to
/// ISGS, the Islamic State branch of the central Sahel.
/// </summary>
public sealed class GroupQueries(FactStore store)
{
    public async Task<GroupDetail?> FindAsync(string text, ulong? guildId = null, CancellationToken cancellationToken = default)
    {
        var ranked = await RankAsync(text, guildId, cancellationToken);
        return ranked.Count == 0 ? null : await GetAsync(ranked[0].Id, guildId, cancellationToken);
    }

    /// <summary>Autocomplete over names and aliases, best match first; empty text lists groups by name.</summary>
    public async Task<IReadOnlyList<GroupRef>> SuggestAsync(string text, int limit, ulong? guildId = null, CancellationToken cancellationToken = default)
    {
        if (limit <= 0)
        {
            return [];
        }

        if (TextNormalizer.Fold(text).Length == 0)
        {
            var all = await LoadAsync(guildId, cancellationToken);
            return all.OrderBy(g => g.Name, StringComparer.OrdinalIgnoreCase).Take(limit).Select(ToRef).ToList();
        }

        var ranked = await RankAsync(text, guildId, cancellationToken);
        return ranked.Take(limit).Select(ToRef).ToList();
    }

    /// <summary>The group's newest visible incidents, as perpetrator or claimant.</summary>
    public async Task<IReadOnlyList<IncidentSummary>> RecentIncidentsAsync(string groupId, int limit, ulong? guildId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(groupId);
        if (limit <= 0)
        {
            return [];
        }

        var page = await new IncidentQueries(store).ListAsync(new IncidentFilter { GroupId = groupId, GuildId = guildId }, 0, limit, cancellationToken);
        return page.Items;
    }

    /// <summary>A visible, unretracted group by id with its aliases, countries, leaders and sources.</summary>
    public async Task<GroupDetail?> GetAsync(string id, ulong? guildId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = store.OpenConnection();
        var row = await connection.QuerySingleOrDefaultAsync<GroupRow>(new CommandDefinition(
            $"SELECT {GroupRow.Columns} FROM groups g WHERE g.id = @Id AND {Visibility.Listed("g")}",
            new { Id = id.Trim().ToLowerInvariant(), GuildId = IncidentQueries.ToDb(guildId) },
            cancellationToken: cancellationToken));
        if (row is null)
        {
            return null;
        }

        var countries = await FactLoader.CountriesAsync(connection, cancellationToken);
        var active = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT country_code FROM group_countries WHERE group_id = @Id ORDER BY ordinal", new { row.Id }, cancellationToken: cancellationToken));
        var leaders = await connection.QueryAsync<LeaderRow>(new CommandDefinition(
            "SELECT name AS Name, role AS Role, \"from\" AS \"From\", \"to\" AS \"To\" FROM group_leaders WHERE group_id = @Id ORDER BY ordinal",
            new { row.Id },
            cancellationToken: cancellationToken));
        var sources = await FactLoader.GroupSourcesAsync(connection, [row.Id], cancellationToken);
        return new GroupDetail(
            row.Id,
            row.Name,
            JsonText.ParseList(row.AliasesJson),
            row.Affiliation,
            active.Select(c => countries[c]).ToList(),
            row.Founded,
            leaders.Select(l => new GroupLeader(l.Name, l.Role, l.From, l.To)).ToList(),
            row.Summary,
            sources[row.Id].ToList(),
            new Provenance(row.Origin, row.CreatedBy, row.CreatedAt, row.GuildId));
    }

    private async Task<List<GroupRow>> RankAsync(string text, ulong? guildId, CancellationToken cancellationToken)
    {
        var folded = TextNormalizer.Fold(text);
        if (folded.Length == 0)
        {
            return [];
        }

        var groups = await LoadAsync(guildId, cancellationToken);
        return groups
            .Select(g => (Group: g, Tier: Tier(g, text.Trim(), folded)))
            .Where(x => x.Tier is not null)
            .OrderBy(x => x.Tier)
            .ThenByDescending(x => x.Group.SahelCountries)
            .ThenBy(x => x.Group.Id, StringComparer.Ordinal)
            .Select(x => x.Group)
            .ToList();
    }

    private static int? Tier(GroupRow group, string raw, string folded)
    {
        if (string.Equals(group.Id, raw, StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        var keys = JsonText.ParseList(group.AliasesJson).Prepend(group.Name).Select(TextNormalizer.Fold).ToList();
        if (keys.Contains(folded, StringComparer.Ordinal))
        {
            return 1;
        }

        if (keys.Any(k => k.StartsWith(folded, StringComparison.Ordinal)))
        {
            return 2;
        }

        return keys.Any(k => $" {k}".Contains($" {folded}", StringComparison.Ordinal)) ? 3 : null;
    }

    private async Task<List<GroupRow>> LoadAsync(ulong? guildId, CancellationToken cancellationToken)
    {
        await using var connection = store.OpenConnection();
        var rows = await connection.QueryAsync<GroupRow>(new CommandDefinition(
            $"SELECT {GroupRow.Columns} FROM groups g WHERE {Visibility.Listed("g")} ORDER BY g.id",
            new { GuildId = IncidentQueries.ToDb(guildId) },
            cancellationToken: cancellationToken));
        return rows.ToList();
    }

    private static GroupRef ToRef(GroupRow row) => new(row.Id, row.Name, GroupNames.ShortName(JsonText.ParseList(row.AliasesJson)));
}
