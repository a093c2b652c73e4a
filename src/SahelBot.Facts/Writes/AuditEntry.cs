using System.Text.Json.Nodes;

namespace SahelBot.Facts.Writes;

/// <summary>One row of a fact's history: who changed it, from which server, when, how, and why (or on what source).</summary>
public sealed record AuditEntry(long Id, DateTimeOffset At, string Actor, ulong? GuildId, string Action, string? BeforeJson, string? AfterJson, string? Reason)
{
    /// <summary>
    /// The fields whose value differs between the before and after snapshots, in snapshot order, as compact JSON
    /// text (lists as their items). The version counter is left out: every change bumps it.
    /// </summary>
    public IReadOnlyList<FieldChange> Changes()
    {
        var before = Parse(BeforeJson);
        var after = Parse(AfterJson);
        var keys = (after ?? before ?? []).Select(p => p.Key).Concat((before ?? []).Select(p => p.Key)).Distinct(StringComparer.Ordinal);
        var changes = new List<FieldChange>();
        foreach (var key in keys.Where(k => k != "version"))
        {
            var old = Text(before?[key]);
            var now = Text(after?[key]);
            if (!string.Equals(old, now, StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(key, old, now));
            }
        }

        return changes;
    }

    private static JsonObject? Parse(string? json) => json is null ? null : JsonNode.Parse(json)?.AsObject();

    private static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonArray array => string.Join(", ", array.Select(a => a?.ToString())),
        _ => node.ToString(),
    };
}
