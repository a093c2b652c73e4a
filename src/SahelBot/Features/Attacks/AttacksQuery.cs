using System.Globalization;
using SahelBot.Facts.Model;

namespace SahelBot.Features.Attacks;

/// <summary>
/// A resolved /attacks query. It travels inside the pager buttons' custom_id (at most 100 characters),
/// with relative dates already fixed, so "Next" shows the same selection the first page did.
/// </summary>
public sealed record AttacksQuery(string CountryCode, DateOnly? Since, DateOnly? Until, string? GroupId, int? MinDeaths, string? Kind)
{
    public const string Prefix = "attacks";
    private const string DateFormat = "yyyyMMdd";

    public IncidentFilter ToFilter(ulong? guildId) => new()
    {
        CountryCode = CountryCode,
        Since = Since,
        Until = Until,
        GroupId = GroupId,
        MinDeaths = MinDeaths,
        Kind = Kind,
        GuildId = guildId,
    };

    public string ToCustomId(int pageIndex) => string.Join(':',
        Prefix,
        pageIndex.ToString(CultureInfo.InvariantCulture),
        CountryCode,
        Since?.ToString(DateFormat, CultureInfo.InvariantCulture) ?? "",
        Until?.ToString(DateFormat, CultureInfo.InvariantCulture) ?? "",
        GroupId ?? "",
        MinDeaths?.ToString(CultureInfo.InvariantCulture) ?? "",
        Kind is null ? "" : Common.IncidentKinds.IndexOf(Kind).ToString(CultureInfo.InvariantCulture));

    /// <summary>Reads the parts after the prefix; null when they are not a pager id this version wrote.</summary>
    public static (AttacksQuery Query, int PageIndex)? FromCustomId(IReadOnlyList<string> parts)
    {
        if (parts.Count != 7
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var page)
            || parts[1].Length == 0
            || !TryDate(parts[2], out var since)
            || !TryDate(parts[3], out var until))
        {
            return null;
        }

        int? minDeaths = null;
        if (parts[5].Length > 0)
        {
            if (!int.TryParse(parts[5], NumberStyles.None, CultureInfo.InvariantCulture, out var min))
            {
                return null;
            }

            minDeaths = min;
        }

        string? kind = null;
        if (parts[6].Length > 0)
        {
            if (!int.TryParse(parts[6], NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= Common.IncidentKinds.All.Count)
            {
                return null;
            }

            kind = Common.IncidentKinds.All[index];
        }

        return (new AttacksQuery(parts[1], since, until, parts[4].Length == 0 ? null : parts[4], minDeaths, kind), page);
    }

    private static bool TryDate(string text, out DateOnly? date)
    {
        date = null;
        if (text.Length == 0)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }
}
