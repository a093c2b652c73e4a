using SahelBot.Facts.Model;

namespace SahelBot.Facts.Queries.Rows;

internal sealed class IncidentRow
{
    public const string Columns = """
        i.id AS Id, i.date AS Date, i.date_precision AS DatePrecision, i.country_code AS CountryCode, i.admin1 AS Admin1,
        i.place AS Place, i.kind AS Kind, i.deaths_military AS DeathsMilitary, i.deaths_civilian AS DeathsCivilian,
        i.deaths_militants AS DeathsMilitants, i.deaths_min AS DeathsMin, i.deaths_max AS DeathsMax, i.summary AS Summary,
        i.latitude AS Latitude, i.longitude AS Longitude, i.coordinate_precision AS CoordinatePrecision, i.target AS Target,
        i.injured AS Injured, i.missing AS Missing, i.external_id AS ExternalId, i.origin AS Origin, i.created_by AS CreatedBy,
        i.created_at AS CreatedAt, i.guild_id AS GuildId, i.retracted_at AS RetractedAt, i.retracted_reason AS RetractedReason,
        i.version AS Version
        """;

    public string Id { get; set; } = "";
    public DateOnly Date { get; set; }
    public string DatePrecision { get; set; } = "day";
    public string CountryCode { get; set; } = "";
    public string? Admin1 { get; set; }
    public string Place { get; set; } = "";
    public string Kind { get; set; } = "";
    public int? DeathsMilitary { get; set; }
    public int? DeathsCivilian { get; set; }
    public int? DeathsMilitants { get; set; }
    public int? DeathsMin { get; set; }
    public int? DeathsMax { get; set; }
    public string Summary { get; set; } = "";
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string? CoordinatePrecision { get; set; }
    public string? Target { get; set; }
    public int? Injured { get; set; }
    public int? Missing { get; set; }
    public string? ExternalId { get; set; }
    public string Origin { get; set; } = "";
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public ulong? GuildId { get; set; }
    public DateTimeOffset? RetractedAt { get; set; }
    public string? RetractedReason { get; set; }
    public int Version { get; set; }

    public static DatePrecision ParsePrecision(string text) => text switch
    {
        "month" => Model.DatePrecision.Month,
        "year" => Model.DatePrecision.Year,
        _ => Model.DatePrecision.Day,
    };
}
