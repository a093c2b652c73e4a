using Dapper;
using Microsoft.Data.Sqlite;

namespace SahelBot.Facts.Writes;

/// <summary>One validated field correction, ready to apply inside a write transaction.</summary>
internal sealed class FactFieldEdit
{
    private static readonly string[] DeathColumns = ["deaths_military", "deaths_civilian", "deaths_militants", "deaths_min", "deaths_max", "injured", "missing"];

    private readonly FactKind kind;
    private readonly string field;
    private readonly object? value;
    private readonly string? precision;
    private readonly IReadOnlyList<string> groupIds = [];

    private FactFieldEdit(FactKind kind, string field, object? value, string? precision = null, IReadOnlyList<string>? groupIds = null)
    {
        this.kind = kind;
        this.field = field;
        this.value = value;
        this.precision = precision;
        this.groupIds = groupIds ?? [];
    }

    public static FactFieldEdit Prepare(FactKind kind, string field, string value, DateOnly today)
    {
        var name = (field ?? "").Trim().ToLowerInvariant();
        if (!EditableFields.All.TryGetValue(name, out var kinds))
        {
            throw new FactWriteException(FactWriteError.UnknownField, name);
        }

        if (!kinds.Contains(kind))
        {
            throw new FactWriteException(FactWriteError.FieldNotApplicable, name, kind.ToString().ToLowerInvariant());
        }

        var none = EditableFields.IsNone(value);
        switch (name)
        {
            case "date":
                var (date, datePrecision) = FactValidation.EventDate(value, today);
                return new FactFieldEdit(kind, name, IsoText.Date(date), datePrecision.ToString().ToLowerInvariant());
            case "place":
                return new FactFieldEdit(kind, name, FactValidation.Place(value));
            case "admin1":
                return new FactFieldEdit(kind, name, none ? null : FactValidation.Place(value, "admin1", FactLimits.Admin1));
            case "kind" when kind == FactKind.Incident:
                return new FactFieldEdit(kind, name, FactValidation.Kind(value.Trim()));
            case "target":
                return new FactFieldEdit(kind, name, none ? null : FactValidation.Target(value.Trim()));
            case "summary" when kind == FactKind.Incident:
                return new FactFieldEdit(kind, name, FactValidation.RequiredText(value, FactLimits.Summary, name));
            case "summary":
                return new FactFieldEdit(kind, name, none ? null : FactValidation.OptionalText(value, FactLimits.Summary, name));
            case "name":
                var text = FactValidation.RequiredText(value, FactLimits.GroupName, name);
                return text.Contains('\n', StringComparison.Ordinal) ? throw new FactWriteException(FactWriteError.ControlCharacters, name) : new FactFieldEdit(kind, name, text);
            case "affiliation":
                return new FactFieldEdit(kind, name, none ? null : FactValidation.Affiliation(value.Trim()));
            case "founded" or "start" or "end":
                return new FactFieldEdit(kind, name, none ? null : FactValidation.PartialDate(value, today, name));
            case "group" or "claimed_by":
                var ids = none ? [] : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(FactIds.Normalize).ToList();
                return new FactFieldEdit(kind, name, null, groupIds: ids);
            default:
                return new FactFieldEdit(kind, name, FactValidation.CountText(value, name));
        }
    }

    public async Task ApplyAsync(SqliteConnection connection, SqliteTransaction transaction, string id, WriteActor actor)
    {
        var table = FactIds.Table(kind);
        switch (field)
        {
            case "date":
                await GroupLinks.CheckAsync(connection, transaction, await LinkedGroupsAsync(connection, transaction, id), actor, (string)value!, "date");
                await connection.ExecuteAsync(
                    "UPDATE incidents SET date = @Value, date_precision = @Precision WHERE id = @Id", new { Value = value, Precision = precision, Id = id }, transaction);
                break;
            case "place":
                await connection.ExecuteAsync(
                    "UPDATE incidents SET place = @Value, place_folded = @Folded WHERE id = @Id",
                    new { Value = value, Folded = TextNormalizer.Fold((string)value!), Id = id },
                    transaction);
                break;
            case "name" when kind == FactKind.Group:
                await connection.ExecuteAsync(
                    "UPDATE groups SET name = @Value, name_folded = @Folded WHERE id = @Id",
                    new { Value = value, Folded = TextNormalizer.Fold((string)value!), Id = id },
                    transaction);
                break;
            case "group" or "claimed_by":
                var date = await connection.ExecuteScalarAsync<string>("SELECT date FROM incidents WHERE id = @Id", new { Id = id }, transaction);
                await GroupLinks.CheckAsync(connection, transaction, groupIds, actor, date!, field);
                await GroupLinks.ReplaceAsync(connection, transaction, id, field == "group" ? "perpetrator" : "claimant", groupIds);
                break;
            default:
                // table and the column name come from EditableFields, never from user text.
                await connection.ExecuteAsync($"UPDATE {table} SET \"{field}\" = @Value WHERE id = @Id", new { Value = value, Id = id }, transaction);
                if (DeathColumns.Contains(field))
                {
                    var f = await connection.QuerySingleAsync<(long? Military, long? Civilian, long? Min, long? Max)>(
                        "SELECT deaths_military, deaths_civilian, deaths_min, deaths_max FROM incidents WHERE id = @Id", new { Id = id }, transaction);
                    FactValidation.Fatalities((int?)f.Military, (int?)f.Civilian, (int?)f.Min, (int?)f.Max);
                }

                break;
        }
    }

    private static async Task<IReadOnlyList<string>> LinkedGroupsAsync(SqliteConnection connection, SqliteTransaction transaction, string id) =>
        (await connection.QueryAsync<string>("SELECT group_id FROM incident_groups WHERE incident_id = @Id", new { Id = id }, transaction)).ToList();
}
