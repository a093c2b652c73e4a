using System.Text.RegularExpressions;

namespace SahelBot.Facts.Import;

/// <summary>
/// ACLED rows of every layout (current, with population columns, 2019–2022, monadic, upper-case regional,
/// pre-2017, hand-trimmed) → events. Columns are found by name; a layout lacking a column simply lacks
/// that field. Without event_id_cnty a row cannot be kept in step with later exports, so it is not taken.
/// </summary>
internal sealed partial class AcledRowMapper(RowScope scope) : IConflictRowMapper
{
    public static void CheckHeader(ColumnMap columns)
    {
        if (!columns.Has("event_date"))
        {
            throw new ImportException(columns.Has("date_start") && columns.Has("type_of_violence")
                ? "this looks like a UCDP GED file (date_start, type_of_violence): use 'import ucdp'"
                : "this is not an ACLED export: it has no event_date column");
        }
    }

    public RowOutcome Map(RowFields row, long line)
    {
        var eventId = row.Text("event_id_cnty");
        if (eventId is null)
        {
            return RowOutcome.Bad(null, row.Columns.Has("event_id_cnty")
                ? "no event_id_cnty"
                : "the file has no event_id_cnty column: without ACLED's event id a re-import would duplicate the event");
        }

        if (!row.TryInt("year", out var year, out var error)
            || !row.TryInt("time_precision", out var timePrecision, out error)
            || !row.TryInt("geo_precision", out var geoPrecision, out error)
            || !row.TryInt("fatalities", out var fatalities, out error)
            || !row.TryLong("timestamp", out var timestamp, out error)
            || !row.TryDouble("latitude", -90, 90, out var latitude, out error)
            || !row.TryDouble("longitude", -180, 180, out var longitude, out error))
        {
            return RowOutcome.Bad(eventId, error!);
        }

        if (!ConflictDateParser.TryParse(row.Text("event_date"), year, out var date, out error))
        {
            return RowOutcome.Bad(eventId, error!);
        }

        var countryName = row.Text("country");
        var country = countryName is not null
            ? scope.Countries.ByName(countryName)
            : scope.Countries.ByIsoNumeric(Number(row.Text("iso"))) ?? scope.Countries.ByName(row.Text("iso3"))
              ?? scope.Countries.ByGleditschWard(Number(row.Text("gwno"))) ?? scope.Countries.ByAcledEventId(eventId);
        if (country is null)
        {
            return countryName is null
                ? RowOutcome.Bad(eventId, "no country")
                : RowOutcome.Filtered(eventId, $"country {countryName} is outside the countries imported");
        }

        var precision = DatePrecisions.FromAcled(timePrecision);
        date = DatePrecisions.Normalize(date, precision);
        if (scope.Exclude(country, countryName, date) is { } excluded)
        {
            return RowOutcome.Filtered(eventId, excluded);
        }

        var eventType = row.Text("event_type");
        var subEventType = row.Text("sub_event_type");
        var kind = AcledKinds.Map(eventType, subEventType, scope.AllEventTypes, scope.Folds, out var kindReason, out var unknownKind);
        if (kind is null)
        {
            return unknownKind ? RowOutcome.Bad(eventId, kindReason!) : RowOutcome.Filtered(eventId, kindReason!);
        }

        var place = row.Text("location") ?? row.Text("admin3") ?? row.Text("admin2") ?? row.Text("admin1");
        if (place is null)
        {
            return RowOutcome.Bad(eventId, "no location");
        }

        var source = row.Text("source");
        var civilians = string.Equals(scope.Folds.Fold(eventType), "violence against civilians", StringComparison.Ordinal)
            || row.Text("civilian_targeting") is not null;
        var imported = new ImportedEvent
        {
            EventId = eventId,
            Revision = timestamp,
            Line = line,
            Date = date,
            DatePrecision = precision,
            DatePrecisionCode = timePrecision,
            CountryCode = country,
            Admin1 = row.Text("admin1"),
            Place = place,
            PlaceFolded = scope.Folds.Fold(place),
            Latitude = latitude is not null && longitude is not null ? latitude : null,
            Longitude = latitude is not null && longitude is not null ? longitude : null,
            CoordinatePrecision = latitude is not null && longitude is not null ? DatePrecisions.CoordinatesFromAcled(geoPrecision) ?? "approximate" : null,
            GeoPrecisionCode = geoPrecision,
            Kind = kind,
            Target = civilians ? "civilians" : null,
            EventType = eventType,
            SubEventType = subEventType,
            DeathsMin = fatalities,
            DeathsMax = fatalities,
            DeathsBest = fatalities,
            Description = Description(row.Text("notes"), subEventType ?? eventType, place),
            CitationTitle = source ?? "source not given",
            CitationPublisher = $"ACLED, event {eventId}",
            Actors = Actors(row),
        };
        imported.ComputeContentHash();
        return RowOutcome.Taken(imported);
    }

    private static List<ImportedActor> Actors(RowFields row)
    {
        var actors = new List<ImportedActor>();
        foreach (var side in new[] { "1", "2" })
        {
            var type = AcledKinds.ActorType(row.Text("inter" + side));
            if (row.Text("actor" + side) is { } name)
            {
                actors.Add(new ImportedActor(name, type));
            }

            foreach (var ally in (row.Text("assoc_actor_" + side) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!actors.Exists(a => a.Name == ally))
                {
                    actors.Add(new ImportedActor(ally, null));
                }
            }
        }

        return actors;
    }

    // 2017–2022 exports end notes with the crowd size ('[size=no report]'): not part of the description.
    private static string Description(string? notes, string? type, string place)
    {
        var text = notes is null ? null : notes.EndsWith(']') ? CrowdSize().Replace(notes, "").Trim() : notes;
        return string.IsNullOrEmpty(text) ? $"{type ?? "Event"} at {place} (ACLED gives no description)." : text;
    }

    private static int? Number(string? text) => int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    [GeneratedRegex(@"\s*\[size=[^\]]*\]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CrowdSize();
}
