using System.Globalization;
using System.Text.RegularExpressions;

namespace SahelBot.Facts.Curated;

/// <summary>
/// Checks the curated files before anything is written. Every problem names its record, so a reviewer
/// can find it in the JSON without running anything else.
/// </summary>
internal static partial class CuratedDataValidator
{
    /// <summary>Throws <see cref="CuratedDataException"/> listing every problem; returns the country name index.</summary>
    public static CountryNameIndex Validate(CuratedDataSet data)
    {
        var problems = new List<string>();
        ValidateCountries(data, problems);
        var countries = new CountryNameIndex(data.Countries, problems);
        var sourceIds = ValidateSources(data, problems);
        var groups = ValidateGroups(data, countries, sourceIds, problems);
        ValidateIncidents(data, countries, sourceIds, groups, problems);
        ValidateDeployments(data, countries, sourceIds, problems);
        if (problems.Count > 0)
        {
            throw new CuratedDataException(problems);
        }

        return countries;
    }

    private static void ValidateCountries(CuratedDataSet data, List<string> problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in data.Countries)
        {
            var label = $"country {c.Code ?? c.NameEn ?? "(no code)"}";
            if (c.Code is null || !IsoCode().IsMatch(c.Code) || c.Code.Length != 2)
            {
                problems.Add($"{label} needs a two-letter upper-case ISO code");
            }
            else if (!seen.Add(c.Code))
            {
                problems.Add($"{label} is listed twice");
            }

            if (c.Iso3 is null || c.Iso3.Length != 3 || !IsoCode().IsMatch(c.Iso3))
            {
                problems.Add($"{label} needs a three-letter upper-case ISO3 code");
            }

            if (string.IsNullOrWhiteSpace(c.NameEn) || string.IsNullOrWhiteSpace(c.NameFr) || string.IsNullOrWhiteSpace(c.DemonymEn))
            {
                problems.Add($"{label} needs name_en, name_fr and demonym_en");
            }

            if (c.DemonymsFr is null || c.DemonymsFr.Count == 0)
            {
                problems.Add($"{label} needs at least one French demonym");
            }
        }
    }

    private static HashSet<string> ValidateSources(CuratedDataSet data, List<string> problems)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in data.Sources)
        {
            if (!CheckId(s.Id, "src-", "source", ids, problems))
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(s.Title))
            {
                problems.Add($"source {s.Id} has no title");
            }

            if (s.Published is not null && !IsFullDate(s.Published))
            {
                problems.Add($"source {s.Id} has published '{s.Published}' (expected yyyy-MM-dd or null)");
            }
        }

        return ids;
    }

    private static Dictionary<string, CuratedGroup> ValidateGroups(
        CuratedDataSet data, CountryNameIndex countries, HashSet<string> sourceIds, List<string> problems)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var groups = new Dictionary<string, CuratedGroup>(StringComparer.Ordinal);
        foreach (var g in data.Groups)
        {
            if (!CheckId(g.Id, "grp-", "group", ids, problems))
            {
                continue;
            }

            var label = $"group {g.Id}";
            groups[g.Id!] = g;
            if (string.IsNullOrWhiteSpace(g.Name))
            {
                problems.Add($"{label} has no name");
            }

            CheckOneOf(label, "affiliation", g.Affiliation, CuratedVocabulary.GroupAffiliations, nullable: true, problems);
            if (g.Founded is not null && !IsPartialDate(g.Founded))
            {
                problems.Add($"{label} has founded '{g.Founded}' (expected a year or a date)");
            }

            foreach (var name in g.ActiveCountries ?? [])
            {
                if (countries.Resolve(name) is null)
                {
                    problems.Add($"{label} names unknown country '{name}'");
                }
            }

            foreach (var leader in g.Leaders ?? [])
            {
                if (string.IsNullOrWhiteSpace(leader.Name))
                {
                    problems.Add($"{label} has a leader without a name");
                }
            }

            CheckSources(label, g.SourceIds, sourceIds, problems);
        }

        return groups;
    }

    private static void ValidateIncidents(
        CuratedDataSet data,
        CountryNameIndex countries,
        HashSet<string> sourceIds,
        Dictionary<string, CuratedGroup> groups,
        List<string> problems)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var i in data.Incidents)
        {
            if (!CheckId(i.Id, "inc-", "incident", ids, problems))
            {
                continue;
            }

            var label = $"incident {i.Id}";
            if (i.Date is null || !IsFullDate(i.Date))
            {
                problems.Add($"{label} has date '{i.Date}' (expected yyyy-MM-dd)");
            }

            CheckOneOf(label, "date_precision", i.DatePrecision, CuratedVocabulary.DatePrecisions, nullable: false, problems);
            CheckOneOf(label, "kind", i.Kind, CuratedVocabulary.IncidentKinds, nullable: false, problems);
            CheckOneOf(label, "target", i.Target, CuratedVocabulary.IncidentTargets, nullable: true, problems);
            if (i.Country is null || countries.Resolve(i.Country) is null)
            {
                problems.Add($"{label} names unknown country '{i.Country}'");
            }

            if (string.IsNullOrWhiteSpace(i.Location))
            {
                problems.Add($"{label} has no location");
            }

            if (string.IsNullOrWhiteSpace(i.Summary))
            {
                problems.Add($"{label} has no summary");
            }

            if (i.Latitude is < -90 or > 90 || i.Longitude is < -180 or > 180)
            {
                problems.Add($"{label} has coordinates out of range");
            }

            CheckFatalities(label, i, problems);
            CheckGroups(label, "perpetrator", i.PerpetratorGroupIds, i.Date, groups, problems);
            CheckGroups(label, "claimant", i.ClaimedByGroupIds, i.Date, groups, problems);
            CheckSources(label, i.SourceIds, sourceIds, problems);
        }
    }

    private static void CheckFatalities(string label, CuratedIncident i, List<string> problems)
    {
        var f = i.Fatalities;
        if (f is null)
        {
            return;
        }

        foreach (var (name, value) in new[] { ("military", f.Military), ("civilian", f.Civilian), ("militants", f.Militants), ("total_min", f.TotalMin), ("total_max", f.TotalMax), ("injured", i.Injured), ("missing", i.Missing) })
        {
            if (value < 0)
            {
                problems.Add($"{label} has a negative {name} figure");
            }
        }

        if (f.TotalMin is { } min && (f.Military is not null || f.Civilian is not null))
        {
            var sides = (f.Military ?? 0) + (f.Civilian ?? 0);
            if (min < sides)
            {
                problems.Add($"{label} has total_min {min} below military + civilian {sides}");
            }
        }

        if (f.TotalMin is { } low && f.TotalMax is { } high && low > high)
        {
            problems.Add($"{label} has total_min {low} above total_max {high}");
        }
    }

    private static void CheckGroups(
        string label, string role, List<string>? groupIds, string? date, Dictionary<string, CuratedGroup> groups, List<string> problems)
    {
        foreach (var id in groupIds ?? [])
        {
            if (!groups.TryGetValue(id, out var group))
            {
                problems.Add($"{label} names unknown group {id} as {role}");
                continue;
            }

            if (group.Founded is { } founded && date is not null && FoundedAfter(founded, date))
            {
                problems.Add($"{label} names {id} as {role} but {id} was founded {founded}, after the incident date {date}");
            }
        }
    }

    /// <summary>Compares at the coarser of the two precisions: a group founded '2015' existed all of 2015.</summary>
    internal static bool FoundedAfter(string founded, string incidentDate)
    {
        var length = Math.Min(founded.Length, incidentDate.Length);
        return string.CompareOrdinal(founded[..length], incidentDate[..length]) > 0;
    }

    private static void ValidateDeployments(CuratedDataSet data, CountryNameIndex countries, HashSet<string> sourceIds, List<string> problems)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in data.Deployments)
        {
            if (!CheckId(d.Id, "dep-", "deployment", ids, problems))
            {
                continue;
            }

            var label = $"deployment {d.Id}";
            if (string.IsNullOrWhiteSpace(d.Name))
            {
                problems.Add($"{label} has no name");
            }

            CheckOneOf(label, "kind", d.Kind, CuratedVocabulary.DeploymentKinds, nullable: false, problems);
            foreach (var (field, value) in new[] { ("start", d.Start), ("end", d.End) })
            {
                if (value is not null && !IsPartialDate(value))
                {
                    problems.Add($"{label} has {field} '{value}' (expected yyyy, yyyy-MM or yyyy-MM-dd)");
                }
            }

            foreach (var name in d.HostCountries ?? [])
            {
                if (countries.Resolve(name) is null)
                {
                    problems.Add($"{label} names unknown host country '{name}'");
                }
            }

            foreach (var s in d.Strength ?? [])
            {
                if (s.AsOf is null || !IsPartialDate(s.AsOf) || s.Troops is null or < 0)
                {
                    problems.Add($"{label} has a strength entry without a valid as_of and troop figure");
                }
            }

            CheckSources(label, d.SourceIds, sourceIds, problems);
        }
    }

    private static bool CheckId(string? id, string prefix, string entity, HashSet<string> seen, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(id) || !id.StartsWith(prefix, StringComparison.Ordinal))
        {
            problems.Add($"{entity} '{id}' needs an id starting with {prefix}");
            return false;
        }

        if (!seen.Add(id))
        {
            problems.Add($"{entity} {id} is listed twice");
            return false;
        }

        return true;
    }

    private static void CheckSources(string label, List<string>? ids, HashSet<string> sourceIds, List<string> problems)
    {
        if (ids is null || ids.Count == 0)
        {
            problems.Add($"{label} has no source");
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (!sourceIds.Contains(id))
            {
                problems.Add($"{label} cites unknown source {id}");
            }
            else if (!seen.Add(id))
            {
                problems.Add($"{label} cites source {id} twice");
            }
        }
    }

    private static void CheckOneOf(string label, string field, string? value, IReadOnlyList<string> allowed, bool nullable, List<string> problems)
    {
        if (value is null ? !nullable : !allowed.Contains(value, StringComparer.Ordinal))
        {
            problems.Add($"{label} has {field} '{value}' (allowed: {string.Join(", ", allowed)})");
        }
    }

    internal static bool IsFullDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    internal static bool IsPartialDate(string text) =>
        IsFullDate(text)
        || DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
        || DateOnly.TryParseExact(text, "yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    [GeneratedRegex("^[A-Z]+$")]
    private static partial Regex IsoCode();
}
