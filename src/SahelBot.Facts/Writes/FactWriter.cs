using System.Globalization;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Data.Sqlite;
using SahelBot.Facts.Search;

namespace SahelBot.Facts.Writes;

/// <summary>
/// Every change moderators make to the facts. Each method validates first, then writes the change, bumps the
/// fact's version, refreshes its search document and appends the audit row (snapshots before and after) in ONE
/// transaction; a refusal throws <see cref="FactWriteException"/> and leaves the store untouched.
/// </summary>
public sealed class FactWriter(FactStore store, TimeProvider time)
{
    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private string Now => IsoText.Timestamp(time.GetUtcNow());

    public async Task<WriteResult> AddIncidentAsync(NewIncident incident, WriteActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(actor);
        var place = FactValidation.Place(incident.Place);
        var kind = FactValidation.Kind(incident.Kind);
        var date = incident.Date;
        FactValidation.EventDate(IsoText.Date(date), Today);
        var min = FactValidation.Count(incident.DeathsMin, "deaths_min");
        var max = FactValidation.Count(incident.DeathsMax, "deaths_max");
        FactValidation.Fatalities(null, null, min, max);
        var summary = FactValidation.RequiredText(incident.Summary, FactLimits.Summary, "summary");
        var urls = Urls(incident.SourceUrl, incident.ExtraSourceUrls);
        var precision = incident.DatePrecision.ToString().ToLowerInvariant();

        WriteResult? result = null;
        await store.WriteAsync(async (connection, transaction) =>
        {
            await RequireCountryAsync(connection, transaction, incident.CountryCode);
            await GroupLinks.CheckAsync(connection, transaction, incident.PerpetratorIds, actor, IsoText.Date(date), "group");
            await GroupLinks.CheckAsync(connection, transaction, incident.ClaimantIds, actor, IsoText.Date(date), "claimed_by");
            var id = await FactIds.NextAsync(connection, transaction, "incidents", "inc-");
            await connection.ExecuteAsync(
                """
                INSERT INTO incidents (id, date, date_precision, country_code, place, place_folded, kind, deaths_min, deaths_max,
                    summary, origin, created_at, created_by, guild_id)
                VALUES (@Id, @Date, @Precision, @Country, @Place, @Folded, @Kind, @Min, @Max, @Summary, 'moderator', @At, @By, @Guild)
                """,
                new
                {
                    Id = id,
                    Date = IsoText.Date(date),
                    Precision = precision,
                    Country = incident.CountryCode,
                    Place = place,
                    Folded = TextNormalizer.Fold(place),
                    Kind = kind,
                    Min = min,
                    Max = max,
                    Summary = summary,
                    At = Now,
                    By = SourceLinker.Actor(actor),
                    Guild = Db(actor.Scope),
                },
                transaction);
            await GroupLinks.ReplaceAsync(connection, transaction, id, "perpetrator", incident.PerpetratorIds);
            await GroupLinks.ReplaceAsync(connection, transaction, id, "claimant", incident.ClaimantIds);
            foreach (var url in urls)
            {
                await SourceLinker.LinkAsync(connection, transaction, FactKind.Incident, id, url, actor, Now, refuseIfCited: false);
            }

            result = await FinishAddAsync(connection, transaction, FactKind.Incident, id, actor);
            await NewIncidentHooks.OnIncidentStoredAsync(connection, transaction, id);
        }, cancellationToken);
        return result!;
    }

    public async Task<WriteResult> AddGroupAsync(NewGroup group, WriteActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(actor);
        var name = FactValidation.RequiredText(group.Name, FactLimits.GroupName, "name");
        if (name.Contains('\n', StringComparison.Ordinal))
        {
            throw new FactWriteException(FactWriteError.ControlCharacters, "name");
        }

        var aliases = group.Aliases.Select(a => FactValidation.RequiredText(a, FactLimits.Alias, "aliases")).Distinct(StringComparer.Ordinal).ToList();
        if (aliases.Count > FactLimits.Aliases)
        {
            throw new FactWriteException(FactWriteError.TextTooLong, "aliases", FactLimits.Aliases.ToString(CultureInfo.InvariantCulture));
        }

        var affiliation = FactValidation.Affiliation(group.Affiliation);
        var founded = group.Founded is null ? null : FactValidation.PartialDate(group.Founded, Today, "founded");
        var summary = FactValidation.OptionalText(group.Summary, FactLimits.Summary, "summary");
        var url = FactValidation.SourceUrl(group.SourceUrl);

        WriteResult? result = null;
        await store.WriteAsync(async (connection, transaction) =>
        {
            foreach (var code in group.CountryCodes)
            {
                await RequireCountryAsync(connection, transaction, code);
            }

            var id = await FactIds.NextAsync(connection, transaction, "groups", "grp-");
            await connection.ExecuteAsync(
                """
                INSERT INTO groups (id, name, name_folded, affiliation, founded, summary, origin, created_at, created_by, guild_id)
                VALUES (@Id, @Name, @Folded, @Affiliation, @Founded, @Summary, 'moderator', @At, @By, @Guild)
                """,
                new
                {
                    Id = id,
                    Name = name,
                    Folded = TextNormalizer.Fold(name),
                    Affiliation = affiliation,
                    Founded = founded,
                    Summary = summary,
                    At = Now,
                    By = SourceLinker.Actor(actor),
                    Guild = Db(actor.Scope),
                },
                transaction);
            await connection.ExecuteAsync(
                "INSERT INTO group_aliases (group_id, ordinal, alias, alias_folded) VALUES (@Id, @Ordinal, @Alias, @Folded)",
                aliases.Select((a, n) => new { Id = id, Ordinal = n + 1, Alias = a, Folded = TextNormalizer.Fold(a) }),
                transaction);
            await connection.ExecuteAsync(
                "INSERT INTO group_countries (group_id, ordinal, country_code) VALUES (@Id, @Ordinal, @Code)",
                group.CountryCodes.Distinct(StringComparer.Ordinal).Select((c, n) => new { Id = id, Ordinal = n + 1, Code = c }),
                transaction);
            await SourceLinker.LinkAsync(connection, transaction, FactKind.Group, id, url, actor, Now, refuseIfCited: false);
            result = await FinishAddAsync(connection, transaction, FactKind.Group, id, actor);
        }, cancellationToken);
        return result!;
    }

    /// <summary>Cites more sources on an incident, group or deployment (the first must be new to it).</summary>
    public Task<WriteResult> AddSourcesAsync(string id, IReadOnlyList<string> urls, WriteActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var checkedUrls = urls.Select(u => FactValidation.SourceUrl(u)).Distinct(StringComparer.Ordinal).ToList();
        if (checkedUrls.Count == 0)
        {
            throw new FactWriteException(FactWriteError.SourceUrlNotHttp, "source_url", "");
        }

        return ChangeAsync(id, actor, "add-source", null, null, async (connection, transaction, kind, before) =>
        {
            var linked = 0;
            foreach (var url in checkedUrls)
            {
                linked += await SourceLinker.LinkAsync(connection, transaction, kind, before.Id, url, actor, Now, refuseIfCited: checkedUrls.Count == 1) is null ? 0 : 1;
            }

            if (linked == 0)
            {
                throw new FactWriteException(FactWriteError.SourceAlreadyCited, before.Id, checkedUrls[0]);
            }

            return string.Join(' ', checkedUrls);
        }, cancellationToken);
    }

    /// <summary>Adds a troop figure to a deployment, as of a partial date, with its source.</summary>
    public Task<WriteResult> AddStrengthAsync(string deploymentId, string asOf, long troops, string sourceUrl, WriteActor actor, CancellationToken cancellationToken = default)
    {
        var when = FactValidation.PartialDate(asOf, Today, "as_of");
        var count = FactValidation.Count(troops, "troops", FactLimits.Troops)!.Value;
        var url = FactValidation.SourceUrl(sourceUrl);
        if (FactIds.KindOf(deploymentId) != FactKind.Deployment)
        {
            throw new FactWriteException(FactWriteError.UnknownFact, FactIds.Normalize(deploymentId));
        }

        return ChangeAsync(deploymentId, actor, "add-strength", null, null, async (connection, transaction, kind, before) =>
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO deployment_strength (deployment_id, ordinal, as_of, troops, note)
                VALUES (@Id, (SELECT COALESCE(max(ordinal), 0) + 1 FROM deployment_strength WHERE deployment_id = @Id), @AsOf, @Troops, NULL)
                """,
                new { before.Id, AsOf = when, Troops = count },
                transaction);
            await SourceLinker.LinkAsync(connection, transaction, kind, before.Id, url, actor, Now, refuseIfCited: false);
            return url;
        }, cancellationToken);
    }

    /// <summary>
    /// Corrects one field, citing the source of the new value. <paramref name="expectedVersion"/> is the version the
    /// moderator read; when the fact changed since, the edit is refused rather than silently overwriting the other change.
    /// </summary>
    public Task<WriteResult> EditAsync(
        string id, string field, string value, string sourceUrl, int? expectedVersion, WriteActor actor, CancellationToken cancellationToken = default)
    {
        var url = FactValidation.SourceUrl(sourceUrl);
        var kind = FactIds.KindOf(id) ?? throw new FactWriteException(FactWriteError.UnknownFact, FactIds.Normalize(id));
        var edit = FactFieldEdit.Prepare(kind, field, value, Today);
        return ChangeAsync(id, actor, "update", expectedVersion, null, async (connection, transaction, _, before) =>
        {
            await edit.ApplyAsync(connection, transaction, before.Id, actor);
            await SourceLinker.LinkAsync(connection, transaction, kind, before.Id, url, actor, Now, refuseIfCited: false);
            return url;
        }, cancellationToken);
    }

    public Task<WriteResult> RetractAsync(string id, string reason, WriteActor actor, CancellationToken cancellationToken = default)
    {
        var why = FactValidation.RequiredText(reason, FactLimits.Reason, "reason");
        return ChangeAsync(id, actor, "retract", null, null, async (connection, transaction, kind, before) =>
        {
            if (before.Snapshot["retracted_at"] is not null)
            {
                throw new FactWriteException(FactWriteError.AlreadyRetracted, before.Id);
            }

            await connection.ExecuteAsync(
                $"UPDATE {FactIds.Table(kind)} SET retracted_at = @At, retracted_reason = @Reason WHERE id = @Id",
                new { At = Now, Reason = why, before.Id },
                transaction);
            return why;
        }, cancellationToken);
    }

    public Task<WriteResult> RestoreAsync(string id, WriteActor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, actor, "restore", null, null, async (connection, transaction, kind, before) =>
        {
            if (before.Snapshot["retracted_at"] is null)
            {
                throw new FactWriteException(FactWriteError.NotRetracted, before.Id);
            }

            await connection.ExecuteAsync(
                $"UPDATE {FactIds.Table(kind)} SET retracted_at = NULL, retracted_reason = NULL WHERE id = @Id", new { before.Id }, transaction);
            return null;
        }, cancellationToken);

    /// <summary>A curator publishes a server's fact (and the sources that server added for it) for every server.</summary>
    public Task<WriteResult> AdoptAsync(string id, WriteActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Publishes)
        {
            throw new FactWriteException(FactWriteError.CuratorsOnly, FactIds.Normalize(id));
        }

        return ChangeAsync(id, actor, "adopt", null, adopt: true, async (connection, transaction, kind, before) =>
        {
            var guild = before.Guild ?? throw new FactWriteException(FactWriteError.AlreadyPublished, before.Id);
            if (kind == FactKind.Incident && await connection.ExecuteScalarAsync<long>(
                "SELECT count(*) FROM incident_groups ig JOIN groups g ON g.id = ig.group_id WHERE ig.incident_id = @Id AND g.guild_id IS NOT NULL",
                new { before.Id },
                transaction) > 0)
            {
                throw new FactWriteException(FactWriteError.UsesServerOnlyGroup, before.Id);
            }

            var (table, column) = kind switch
            {
                FactKind.Incident => ("incident_sources", "incident_id"),
                FactKind.Group => ("group_sources", "group_id"),
                _ => ("deployment_sources", "deployment_id"),
            };
            await connection.ExecuteAsync(
                $"UPDATE sources SET guild_id = NULL WHERE guild_id = @Guild AND id IN (SELECT source_id FROM {table} WHERE {column} = @Id)",
                new { Guild = Db(guild), before.Id },
                transaction);
            await connection.ExecuteAsync($"UPDATE {FactIds.Table(kind)} SET guild_id = NULL WHERE id = @Id", new { before.Id }, transaction);
            if (kind == FactKind.Incident)
            {
                // Newly visible to every server: subscriptions elsewhere may want it (planning is per incident and channel, so once only).
                await NewIncidentHooks.OnIncidentStoredAsync(connection, transaction, before.Id);
            }

            return null;
        }, cancellationToken);
    }

    private async Task<WriteResult> ChangeAsync(
        string id,
        WriteActor actor,
        string action,
        int? expectedVersion,
        bool? adopt,
        Func<SqliteConnection, SqliteTransaction, FactKind, FactState, Task<string?>> change,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var factId = FactIds.Normalize(id);
        var kind = FactIds.KindOf(factId) ?? throw new FactWriteException(FactWriteError.UnknownFact, factId);
        WriteResult? result = null;
        await store.WriteAsync(async (connection, transaction) =>
        {
            var snapshot = await FactSnapshot.LoadAsync(connection, transaction, kind, factId)
                ?? throw new FactWriteException(FactWriteError.UnknownFact, factId);
            var guild = snapshot["guild_id"] is { } g ? (ulong?)g.GetValue<long>() : null;
            var version = (int)snapshot["version"]!.GetValue<long>();
            if (guild is { } owner && owner != actor.GuildId && adopt != true)
            {
                // Another server's fact: for this server it does not exist.
                throw new FactWriteException(FactWriteError.UnknownFact, factId);
            }

            if (guild is null && !actor.Publishes)
            {
                throw new FactWriteException(FactWriteError.PublishedFact, factId);
            }

            if (expectedVersion is { } expected && expected != version)
            {
                throw new FactWriteException(FactWriteError.VersionConflict, factId, version.ToString(CultureInfo.InvariantCulture));
            }

            var reason = await change(connection, transaction, kind, new FactState(factId, guild, version, snapshot));
            var bumped = await connection.ExecuteAsync(
                $"UPDATE {FactIds.Table(kind)} SET version = version + 1 WHERE id = @Id AND version = @Version",
                new { Id = factId, Version = version },
                transaction);
            if (bumped != 1)
            {
                throw new FactWriteException(FactWriteError.VersionConflict, factId, version.ToString(CultureInfo.InvariantCulture));
            }

            await SearchIndex.RefreshAsync(connection, transaction, FactIds.Entity(kind), [factId]);
            var after = await FactSnapshot.LoadAsync(connection, transaction, kind, factId);
            await AuditAsync(connection, transaction, actor, action, kind, factId, snapshot, after, reason);
            result = new WriteResult(factId, kind, version + 1);
        }, cancellationToken);
        return result!;
    }

    private async Task<WriteResult> FinishAddAsync(SqliteConnection connection, SqliteTransaction transaction, FactKind kind, string id, WriteActor actor)
    {
        await SearchIndex.RefreshAsync(connection, transaction, FactIds.Entity(kind), [id]);
        var after = await FactSnapshot.LoadAsync(connection, transaction, kind, id);
        await AuditAsync(connection, transaction, actor, "add", kind, id, null, after, null);
        return new WriteResult(id, kind, 1);
    }

    private async Task AuditAsync(
        SqliteConnection connection, SqliteTransaction transaction, WriteActor actor, string action, FactKind kind, string id, JsonObject? before, JsonObject? after, string? reason)
    {
        await connection.ExecuteAsync(
            """
            INSERT INTO audit_log (at, actor, guild_id, action, entity, entity_id, before_json, after_json, reason)
            VALUES (@At, @Actor, @Guild, @Action, @Entity, @Id, @Before, @After, @Reason)
            """,
            new
            {
                At = Now,
                Actor = SourceLinker.Actor(actor),
                Guild = Db(actor.GuildId),
                Action = action,
                Entity = FactIds.Entity(kind),
                Id = id,
                Before = before?.ToJsonString(JsonText.Options),
                After = after?.ToJsonString(JsonText.Options),
                Reason = reason,
            },
            transaction);
    }

    private static async Task RequireCountryAsync(SqliteConnection connection, SqliteTransaction transaction, string code)
    {
        if (await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM countries WHERE code = @Code", new { Code = code }, transaction) == 0)
        {
            throw new FactWriteException(FactWriteError.UnknownCountry, "country", code);
        }
    }

    private static List<string> Urls(string first, IReadOnlyList<string> extra)
    {
        var urls = new List<string> { FactValidation.SourceUrl(first) };
        if (extra.Count > FactLimits.ExtraSources)
        {
            throw new FactWriteException(FactWriteError.TooManySources, "sources", FactLimits.ExtraSources.ToString(CultureInfo.InvariantCulture));
        }

        urls.AddRange(extra.Select(u => FactValidation.SourceUrl(u, "sources")));
        return urls.Distinct(StringComparer.Ordinal).ToList();
    }

    private static long? Db(ulong? guild) => guild is { } g ? checked((long)g) : null;
}
