using System.Globalization;
using SahelBot.Discord.Embeds;
using SahelBot.Discord.Models;
using SahelBot.Facts.Writes;
using SahelBot.Features.Common;
using SahelBot.Formatting;
using SahelBot.Localization;

namespace SahelBot.Features.Moderation;

/// <summary><c>/fact history</c>: one field per change, newest last, values shown as text.</summary>
public static class HistoryEmbed
{
    private const int MaxEntries = EmbedLimits.Fields - 1;
    private const int MaxValue = 120;

    public static Embed Build(string id, IReadOnlyList<AuditEntry> entries, Texts texts)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(texts);
        var embed = new EmbedBuilder().WithTitle(texts.HistoryTitle(id)).WithColor(Colors.Search);
        if (entries.Count == 0)
        {
            return embed.WithDescription(texts.NoHistory).Build();
        }

        if (entries.Count > MaxEntries)
        {
            embed.WithDescription(texts.EarlierChanges(entries.Count - MaxEntries));
        }

        foreach (var entry in entries.Skip(Math.Max(0, entries.Count - MaxEntries)))
        {
            embed.AddField(
                $"{entry.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC · {texts.HistoryAction(entry.Action)}{(entry.VersionAfter is { } v ? $" · v{v}" : "")}",
                Lines(entry, texts));
        }

        return embed.Build();
    }

    private static string Lines(AuditEntry entry, Texts texts)
    {
        var lines = new List<string> { texts.HistoryWho(entry.Actor, entry.GuildId) };
        if (entry.Action != "add")
        {
            lines.AddRange(entry.Changes().Select(c => c.IsList ? ListChange(c) : $"`{c.Field}`: {Show(c.Before)} → {Show(c.After)}"));
        }

        if (entry.Reason is { } reason)
        {
            lines.Add($"{(entry.Action is "retract" ? texts.HistoryReason : texts.HistorySource)}: {Markdown.Escape(reason)}");
        }

        return string.Join('\n', lines);
    }

    private static string ListChange(FieldChange change)
    {
        var parts = new List<string>();
        if (change.Before is not null)
        {
            parts.Add($"− {Show(change.Before)}");
        }

        if (change.After is not null)
        {
            parts.Add($"+ {Show(change.After)}");
        }

        return $"`{change.Field}`: {string.Join(" ", parts)}";
    }

    private static string Show(string? value)
    {
        if (value is null)
        {
            return "∅";
        }

        var text = value.Length <= MaxValue ? value : string.Concat(value.AsSpan(0, MaxValue - 1), "…");
        return Markdown.Escape(text);
    }
}
