using Dapper;
using Microsoft.Data.Sqlite;

namespace SahelBot.Facts.Curated;

/// <summary>Inserts validated curated records, in id order, with the build's fixed provenance.</summary>
internal sealed class CuratedRowWriter(SqliteConnection connection, SqliteTransaction transaction, CountryNameIndex countries, string createdAt)
{
    public async Task WriteAsync(CuratedDataSet data, CancellationToken ct)
    {
        await WriteCountriesAsync(data.Countries, ct);
        await WriteSourcesAsync(data.Sources, ct);
        await WriteGroupsAsync(data.Groups, ct);
        await WriteIncidentsAsync(data.Incidents, ct);
        await WriteDeploymentsAsync(data.Deployments, ct);
    }

    private Task<int> ExecuteAsync(string sql, object rows, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(sql, rows, transaction, cancellationToken: ct));

    private async Task WriteCountriesAsync(IReadOnlyList<CuratedCountry> list, CancellationToken ct)
    {
        var ordered = list.OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
        await ExecuteAsync(
            """
            INSERT INTO countries (code, iso3, name_en, name_fr, demonym_en, demonyms_fr, is_sahel, origin, created_at, created_by, guild_id)
            VALUES (@Code, @Iso3, @NameEn, @NameFr, @DemonymEn, @DemonymsFr, @IsSahel, @Origin, @CreatedAt, @CreatedBy, NULL)
            """,
            ordered.Select(c => new
            {
                c.Code,
                c.Iso3,
                c.NameEn,
                c.NameFr,
                c.DemonymEn,
                DemonymsFr = JsonText.Serialize(c.DemonymsFr ?? []),
                IsSahel = c.IsSahel ? 1 : 0,
                Origin = CuratedDataBuilder.Origin,
                CreatedAt = createdAt,
                CreatedBy = CuratedDataBuilder.CreatedBy,
            }),
            ct);
        await ExecuteAsync(
            "INSERT INTO country_aliases (country_code, alias, alias_folded) VALUES (@Code, @Alias, @Folded)",
            ordered.SelectMany(c => CountryNameIndex.NamesOf(c).Select(a => new { c.Code, Alias = a, Folded = TextNormalizer.Fold(a) })),
            ct);
    }

    private async Task WriteSourcesAsync(IReadOnlyList<CuratedSource> list, CancellationToken ct)
    {
        await ExecuteAsync(
            """
            INSERT INTO sources (id, url, title, publisher, published, origin, created_at, created_by, guild_id)
            VALUES (@Id, @Url, @Title, @Publisher, @Published, @Origin, @CreatedAt, @CreatedBy, NULL)
            """,
            list.OrderBy(s => s.Id, StringComparer.Ordinal).Select(s => new
            {
                s.Id,
                s.Url,
                s.Title,
                s.Publisher,
                s.Published,
                Origin = CuratedDataBuilder.Origin,
                CreatedAt = createdAt,
                CreatedBy = CuratedDataBuilder.CreatedBy,
            }),
            ct);
    }

    private async Task WriteGroupsAsync(IReadOnlyList<CuratedGroup> list, CancellationToken ct)
    {
        var ordered = list.OrderBy(g => g.Id, StringComparer.Ordinal).ToList();
        await ExecuteAsync(
            """
            INSERT INTO groups (id, name, name_folded, affiliation, founded, summary, origin, created_at, created_by, guild_id)
            VALUES (@Id, @Name, @NameFolded, @Affiliation, @Founded, @Summary, @Origin, @CreatedAt, @CreatedBy, NULL)
            """,
            ordered.Select(g => new
            {
                g.Id,
                g.Name,
                NameFolded = TextNormalizer.Fold(g.Name),
                g.Affiliation,
                g.Founded,
                g.Summary,
                Origin = CuratedDataBuilder.Origin,
                CreatedAt = createdAt,
                CreatedBy = CuratedDataBuilder.CreatedBy,
            }),
            ct);
        await ExecuteAsync(
            "INSERT INTO group_aliases (group_id, ordinal, alias, alias_folded) VALUES (@Id, @Ordinal, @Alias, @Folded)",
            ordered.SelectMany(g => (g.Aliases ?? []).Select((a, n) => new { g.Id, Ordinal = n + 1, Alias = a, Folded = TextNormalizer.Fold(a) })),
            ct);
        await ExecuteAsync(
            "INSERT INTO group_countries (group_id, ordinal, country_code) VALUES (@Id, @Ordinal, @Code)",
            ordered.SelectMany(g => (g.ActiveCountries ?? []).Select((c, n) => new { g.Id, Ordinal = n + 1, Code = countries.Resolve(c) })),
            ct);
        await ExecuteAsync(
            "INSERT INTO group_leaders (group_id, ordinal, name, role, \"from\", \"to\") VALUES (@Id, @Ordinal, @Name, @Role, @From, @To)",
            ordered.SelectMany(g => (g.Leaders ?? []).Select((l, n) => new { g.Id, Ordinal = n + 1, l.Name, l.Role, l.From, l.To })),
            ct);
        await ExecuteAsync(
            "INSERT INTO group_sources (group_id, source_id, ordinal) VALUES (@Id, @SourceId, @Ordinal)",
            ordered.SelectMany(g => g.SourceIds!.Select((s, n) => new { g.Id, SourceId = s, Ordinal = n + 1 })),
            ct);
    }

    private async Task WriteIncidentsAsync(IReadOnlyList<CuratedIncident> list, CancellationToken ct)
    {
        var ordered = list.OrderBy(i => i.Id, StringComparer.Ordinal).ToList();
        await ExecuteAsync(
            """
            INSERT INTO incidents (id, date, date_precision, country_code, admin1, place, place_folded, latitude, longitude,
                coordinate_precision, kind, target, deaths_military, deaths_civilian, deaths_militants, deaths_min, deaths_max,
                injured, missing, summary, external_id, origin, created_at, created_by, guild_id)
            VALUES (@Id, @Date, @DatePrecision, @CountryCode, @Admin1, @Place, @PlaceFolded, @Latitude, @Longitude,
                @CoordinatePrecision, @Kind, @Target, @Military, @Civilian, @Militants, @Min, @Max,
                @Injured, @Missing, @Summary, NULL, @Origin, @CreatedAt, @CreatedBy, NULL)
            """,
            ordered.Select(i => new
            {
                i.Id,
                i.Date,
                i.DatePrecision,
                CountryCode = countries.Resolve(i.Country!),
                i.Admin1,
                Place = i.Location,
                PlaceFolded = TextNormalizer.Fold(i.Location),
                i.Latitude,
                i.Longitude,
                // The data keeps coordinates only for well-known towns, at about two decimals.
                CoordinatePrecision = i.Latitude is not null && i.Longitude is not null ? "town" : null,
                i.Kind,
                i.Target,
                i.Fatalities?.Military,
                i.Fatalities?.Civilian,
                i.Fatalities?.Militants,
                Min = i.Fatalities?.TotalMin,
                Max = i.Fatalities?.TotalMax,
                i.Injured,
                i.Missing,
                i.Summary,
                Origin = CuratedDataBuilder.Origin,
                CreatedAt = createdAt,
                CreatedBy = CuratedDataBuilder.CreatedBy,
            }),
            ct);
        await ExecuteAsync(
            "INSERT INTO incident_place_aliases (incident_id, ordinal, alias, alias_folded) VALUES (@Id, @Ordinal, @Alias, @Folded)",
            ordered.SelectMany(i => (i.LocationAliases ?? []).Select((a, n) => new { i.Id, Ordinal = n + 1, Alias = a, Folded = TextNormalizer.Fold(a) })),
            ct);
        await ExecuteAsync(
            "INSERT INTO incident_sources (incident_id, source_id, ordinal) VALUES (@Id, @SourceId, @Ordinal)",
            ordered.SelectMany(i => i.SourceIds!.Select((s, n) => new { i.Id, SourceId = s, Ordinal = n + 1 })),
            ct);
        await ExecuteAsync(
            "INSERT INTO incident_groups (incident_id, group_id, role, ordinal) VALUES (@Id, @GroupId, @Role, @Ordinal)",
            ordered.SelectMany(i =>
                (i.PerpetratorGroupIds ?? []).Select((g, n) => new { i.Id, GroupId = g, Role = "perpetrator", Ordinal = n + 1 })
                .Concat((i.ClaimedByGroupIds ?? []).Select((g, n) => new { i.Id, GroupId = g, Role = "claimant", Ordinal = n + 1 }))),
            ct);
    }

    private async Task WriteDeploymentsAsync(IReadOnlyList<CuratedDeployment> list, CancellationToken ct)
    {
        var ordered = list.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        await ExecuteAsync(
            """
            INSERT INTO deployments (id, name, kind, start, "end", summary, origin, created_at, created_by, guild_id)
            VALUES (@Id, @Name, @Kind, @Start, @End, @Summary, @Origin, @CreatedAt, @CreatedBy, NULL)
            """,
            ordered.Select(d => new
            {
                d.Id,
                d.Name,
                d.Kind,
                d.Start,
                d.End,
                d.Summary,
                Origin = CuratedDataBuilder.Origin,
                CreatedAt = createdAt,
                CreatedBy = CuratedDataBuilder.CreatedBy,
            }),
            ct);
        await ExecuteAsync(
            "INSERT INTO deployment_contributors (deployment_id, ordinal, name, country_code) VALUES (@Id, @Ordinal, @Name, @Code)",
            ordered.SelectMany(d => (d.Contributors ?? []).Select((c, n) => new { d.Id, Ordinal = n + 1, Name = c, Code = countries.Resolve(c) })),
            ct);
        await ExecuteAsync(
            "INSERT INTO deployment_hosts (deployment_id, ordinal, country_code) VALUES (@Id, @Ordinal, @Code)",
            ordered.SelectMany(d => (d.HostCountries ?? []).Select((c, n) => new { d.Id, Ordinal = n + 1, Code = countries.Resolve(c) })),
            ct);
        await ExecuteAsync(
            "INSERT INTO deployment_strength (deployment_id, ordinal, as_of, troops, note) VALUES (@Id, @Ordinal, @AsOf, @Troops, @Note)",
            ordered.SelectMany(d => (d.Strength ?? []).Select((s, n) => new { d.Id, Ordinal = n + 1, s.AsOf, s.Troops, s.Note })),
            ct);
        await ExecuteAsync(
            "INSERT INTO deployment_sources (deployment_id, source_id, ordinal) VALUES (@Id, @SourceId, @Ordinal)",
            ordered.SelectMany(d => d.SourceIds!.Select((s, n) => new { d.Id, SourceId = s, Ordinal = n + 1 })),
            ct);
    }
}
