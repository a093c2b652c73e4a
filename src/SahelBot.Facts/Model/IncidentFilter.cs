namespace SahelBot.Facts.Model;

/// <summary>
/// Incident list filter; null properties do not filter. GroupId matches perpetrator or claimant,
/// MinDeaths compares with the highest reported toll, Place matches the place or any alias (folded).
/// </summary>
public sealed record IncidentFilter
{
    public string? CountryCode { get; init; }
    public DateOnly? Since { get; init; }
    public DateOnly? Until { get; init; }
    public string? GroupId { get; init; }
    public int? MinDeaths { get; init; }
    public string? Kind { get; init; }
    public string? Place { get; init; }
    public ulong? GuildId { get; init; }
}
