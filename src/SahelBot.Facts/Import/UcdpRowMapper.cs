using System.Globalization;
using System.Text.RegularExpressions;

namespace SahelBot.Facts.Import;

/// <summary>
/// UCDP GED rows (23.1 and later, 19.1, HDX copies with their hashtag row, candidate files) → events.
/// The citation is source_article verbatim; deaths are GED's low–high range with its best estimate and
/// the split by side; type_of_violence 1 and 2 are clashes, 3 (one-sided violence) attacks on civilians.
/// </summary>
internal sealed partial class UcdpRowMapper(RowScope scope, List<string> warnings) : IConflictRowMapper
{
    private const int MaxWarnings = 50;

    public static void CheckHeader(ColumnMap columns)
    {
        if (!columns.Has("id") || !columns.Has("date_start"))
        {
            throw new ImportException(columns.Has("event_date")
                ? "this looks like an ACLED export (event_date): use 'import acled'"
                : "this is not a UCDP GED file: it needs the id and date_start columns");
        }
    }

    public RowOutcome Map(RowFields row, long line)
    {
        var id = row.Text("id");
        if (id is null || id.StartsWith('#'))
        {
            return RowOutcome.Filtered(null, id is null && row.Text("year") is { } tag && tag.StartsWith('#') ? "HXL hashtag row" : "no id");
        }

        if (!row.TryInt("year", out var year, out var error)
            || !row.TryInt("type_of_violence", out var violence, out error)
            || !row.TryInt("date_prec", out var datePrecision, out error)
            || !row.TryInt("where_prec", out var wherePrecision, out error)
            || !row.TryInt("country_id", out var countryId, out error)
            || !row.TryInt("deaths_a", out var deathsA, out error)
            || !row.TryInt("deaths_b", out var deathsB, out error)
            || !row.TryInt("deaths_civilians", out var deathsCivilians, out error)
            || !row.TryInt("best", out var best, out error)
            || !row.TryInt("low", out var low, out error)
            || !row.TryInt("high", out var high, out error)
            || !row.TryDouble("latitude", -90, 90, out var latitude, out error)
            || !row.TryDouble("longitude", -180, 180, out var longitude, out error))
        {
            return RowOutcome.Bad(id, error!);
        }

        if (!ConflictDateParser.TryParse(row.Text("date_start"), null, out var date, out error))
        {
            return RowOutcome.Bad(id, error!);
        }

        var countryName = row.Text("country");
        var country = scope.Countries.ByName(countryName) ?? scope.Countries.ByGleditschWard(countryId);
        if (country is null)
        {
            return countryName is null
                ? RowOutcome.Bad(id, "no country")
                : RowOutcome.Filtered(id, $"country {countryName} is outside the countries imported");
        }

        var precision = DatePrecisions.FromGed(datePrecision);
        date = DatePrecisions.Normalize(date, precision);
        if (scope.Exclude(country, countryName, date) is { } excluded)
        {
            return RowOutcome.Filtered(id, excluded);
        }

        if (violence is not (1 or 2 or 3))
        {
            return RowOutcome.Bad(id, violence is null ? "no type_of_violence" : $"type_of_violence '{violence}' is not 1, 2 or 3");
        }

        var place = WithoutUnitWord(row.Text("where_coordinates")) ?? WithoutUnitWord(row.Text("adm_2")) ?? WithoutUnitWord(row.Text("adm_1"));
        if (place is null)
        {
            return RowOutcome.Bad(id, "no where_coordinates");
        }

        var figures = new[] { low, best, high }.Where(n => n is not null).Select(n => n!.Value).ToList();
        if (low is not null && best is not null && high is not null && !(low <= best && best <= high))
        {
            Warn(line, $"event {id}: low {low}, best {best}, high {high} are out of order; the range shown spans all three");
        }

        var sideA = row.Text("side_a");
        var stateSideA = sideA?.StartsWith("Government of", StringComparison.OrdinalIgnoreCase) == true;
        var imported = new ImportedEvent
        {
            EventId = id,
            Line = line,
            Date = date,
            DatePrecision = precision,
            DatePrecisionCode = datePrecision,
            CountryCode = country,
            Admin1 = WithoutUnitWord(row.Text("adm_1")),
            Place = place,
            PlaceFolded = scope.Folds.Fold(place),
            Latitude = latitude is not null && longitude is not null ? latitude : null,
            Longitude = latitude is not null && longitude is not null ? longitude : null,
            CoordinatePrecision = latitude is not null && longitude is not null ? DatePrecisions.CoordinatesFromGed(wherePrecision) ?? "approximate" : null,
            GeoPrecisionCode = wherePrecision,
            Kind = violence == 3 ? "attack on civilians" : "clash",
            Target = violence == 3 ? "civilians" : null,
            EventType = violence.Value.ToString(CultureInfo.InvariantCulture),
            DeathsMilitary = violence == 1 || (violence == 3 && stateSideA) ? deathsA : null,
            DeathsCivilian = deathsCivilians,
            DeathsMilitants = violence switch
            {
                1 => deathsB,
                2 => deathsA is null && deathsB is null ? null : (deathsA ?? 0) + (deathsB ?? 0),
                _ => stateSideA ? null : deathsA,
            },
            DeathsMin = figures.Count == 0 ? null : figures.Min(),
            DeathsMax = figures.Count == 0 ? null : figures.Max(),
            DeathsBest = best,
            Description = Description(row, violence.Value, sideA, best, low, high),
            CitationTitle = row.Text("source_article") ?? row.Text("source_headline") ?? "source not given",
            CitationPublisher = row.Text("source_office") is { } office ? $"UCDP GED, event {id} ({office})" : $"UCDP GED, event {id}",
            CitationPublished = SingleDate(row.Text("source_date")),
            Actors = Actors(sideA, row.Text("side_b")),
        };
        imported.ComputeContentHash();
        return RowOutcome.Taken(imported);
    }

    private void Warn(long line, string text)
    {
        if (warnings.Count < MaxWarnings)
        {
            warnings.Add($"line {line}: {text}");
        }
    }

    private static string Description(RowFields row, int violence, string? sideA, int? best, int? low, int? high)
    {
        var what = violence switch
        {
            1 => $"State-based armed conflict ({row.Text("conflict_name") ?? row.Text("dyad_name")})",
            2 => $"Non-state conflict ({row.Text("dyad_name") ?? row.Text("conflict_name")})",
            _ => $"One-sided violence against civilians by {sideA ?? "an unnamed actor"}",
        };
        var where = row.Text("where_description") is { } description ? $" Location: {Spaces().Replace(description, " ")}." : "";
        var deaths = best is null ? "" : $" UCDP best estimate {best} deaths (low {low?.ToString(CultureInfo.InvariantCulture) ?? "?"}, high {high?.ToString(CultureInfo.InvariantCulture) ?? "?"}).";
        return $"{what}.{where}{deaths}";
    }

    private static List<ImportedActor> Actors(string? sideA, string? sideB)
    {
        var actors = new List<ImportedActor>();
        foreach (var side in new[] { sideA, sideB })
        {
            foreach (var name in (side ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!actors.Exists(a => a.Name == name))
                {
                    actors.Add(new ImportedActor(name, null));
                }
            }
        }

        return actors;
    }

    private static string? SingleDate(string? text) =>
        text is not null && ConflictDateParser.TryParse(text, null, out var date, out _) ? IsoText.Date(date) : null;

    // GED names places with their unit ('Mopti region', 'Douentza cercle', 'Inates village'); ACLED and people do not.
    private static string? WithoutUnitWord(string? text) => text is null ? null : UnitWord().Replace(text, "").Trim() is { Length: > 0 } name ? name : text;

    [GeneratedRegex(@"\s+(village|town|city|region|province|department|département|cercle|commune|district|prefecture|préfecture|state|area)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitWord();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
