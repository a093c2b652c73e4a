namespace SahelBot.Facts.Queries.Rows;

internal sealed class GroupRow
{
    public const string Columns = """
        g.id AS Id, g.name AS Name, g.affiliation AS Affiliation, g.founded AS Founded, g.summary AS Summary,
        g.origin AS Origin, g.created_by AS CreatedBy, g.created_at AS CreatedAt, g.guild_id AS GuildId,
        (SELECT json_group_array(alias) FROM (SELECT a.alias FROM group_aliases a WHERE a.group_id = g.id ORDER BY a.ordinal)) AS AliasesJson,
        (SELECT count(*) FROM group_countries gc JOIN countries c ON c.code = gc.country_code WHERE gc.group_id = g.id AND c.is_sahel = 1) AS SahelCountries
        """;

    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Affiliation { get; set; }
    public string? Founded { get; set; }
    public string? Summary { get; set; }
    public string Origin { get; set; } = "";
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public ulong? GuildId { get; set; }
    public string AliasesJson { get; set; } = "[]";
    public long SahelCountries { get; set; }
}
