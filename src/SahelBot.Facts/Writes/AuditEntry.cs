using System.Text.Json.Nodes;

namespace SahelBot.Facts.Writes;

/// <summary>One row of a fact's history: who changed it, from which server, when, how, and why (or on what source).</summary>
public sealed record AuditEntry(long Id, DateTimeOffset At, string Actor, ulong? GuildId, string Action, string? BeforeJson, string? AfterJson, string? Reason)
{
    /// <summary>
    /// The fields whose value differs between the before and after snapshots, in snapshot order. A scalar reads
    /// old → new; a list (sources, aliases, groups) gives the items removed as Before and the items added as After.
    /// The version counter is left out: every change bumps it.
    /// </summary>
    public IReadOnlyList<FieldChange> Changes()
    {
        var before = Parse(BeforeJson);
        var after = Parse(AfterJson);
        var keys = (after ?? before ?? []).Select(p => p.Key).Concat((before ?? []).Select(p => p.Key)).Distinct(StringComparer.Ordinal);
        var changes = new List<FieldChange>();
        foreach (var key in keys.Where(k => k != "version"))
        {
            if (before?[key] is JsonArray oldItems && after?[key] is JsonArray newItems)
            {
                var was = oldItems.Select(i => i?.ToString() ?? "").ToList();
                var now = newItems.Select(i => i?.ToString() ?? "").ToList();
                if (!was.SequenceEqual(now, StringComparer.Ordinal))
                {
                    changes.Add(new FieldChange(key, Join(was.Except(now, StringComparer.Ordinal)), Join(now.Except(was, StringComparer.Ordinal)), IsList: true));
                }

                continue;
            }

            var old = Text(before?[key]);
            var current = Text(after?[key]);
            if (!string.Equals(old, current, StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(key, old, current));
            }
        }

        return changes;
    }

    /// <summary>The fact's version after this change (what a later <c>/fact edit version:</c> names), when recorded.</summary>
    public int? VersionAfter => Parse(AfterJson)?["version"] is JsonValue value && value.TryGetValue<long>(out var version) ? (int)version : null;

    private static string? Join(IEnumerable<string> items)
    {
        var text = string.Join(", ", items);
        return text.Length == 0 ? null : text;
    }

    private static JsonObject? Parse(string? json) => json is null ? null : JsonNode.Parse(json)?.AsObject();

    private static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonArray array => string.Join(", ", array.Select(a => a?.ToString())),
        _ => node.ToString(),
    };
}
