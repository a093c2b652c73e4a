using System.Text;
using SahelBot.Discord.Embeds;
using SahelBot.Discord.Models;
using SahelBot.Facts.Model;
using SahelBot.Features.Common;
using SahelBot.Formatting;
using SahelBot.Localization;

namespace SahelBot.Features.Subscriptions.Delivery;

/// <summary>What the sender posts in a subscribed channel: the compact incident card with its sources, or a digest of several.</summary>
public static class IncidentPost
{
    private const int SummaryLength = 600;
    private const int SourcesShown = 5;

    /// <summary>One incident; <paramref name="corrected"/> marks an edit after a correction, and a retraction shows its reason.</summary>
    public static Embed Single(IncidentDetail detail, Texts texts, bool corrected = false)
    {
        ArgumentNullException.ThrowIfNull(detail);
        ArgumentNullException.ThrowIfNull(texts);
        var incident = detail.Summary;
        var retracted = detail.RetractedAt is not null;
        var description = new StringBuilder();
        if (retracted)
        {
            description.Append("**").Append(texts.Retracted(Markdown.Escape(detail.RetractedReason ?? ""))).Append("**\n\n");
        }
        else if (corrected)
        {
            description.Append("*✏ ").Append(texts.Corrected).Append("*\n\n");
        }

        description.Append(Markdown.Escape(Shorten(incident.Summary)));
        return new EmbedBuilder()
            .WithTitle($"{(retracted ? "❌ " : "")}{texts.Kind(incident.Kind)} — {incident.Place}, {incident.Country.Name(texts.IsFrench)}")
            .WithColor(retracted ? Colors.Retracted : Colors.Incidents)
            .WithDescription(description.ToString())
            .AddField(texts.Date, FactFormat.Date(incident.Date, incident.DatePrecision, texts), inline: true)
            .AddField(texts.Place, FactFormat.Place(incident, texts), inline: true)
            .AddField(texts.Deaths, FactFormat.Deaths(incident.Fatalities, texts), inline: true)
            .AddField(texts.AttributedTo, incident.Perpetrators.Count == 0 ? texts.NoAttribution : FactFormat.GroupsShort(incident.Perpetrators), inline: true)
            .AddField(texts.Sources, incident.Sources.Count == 0 ? texts.Unknown : FactFormat.SourceLinks(incident.Sources, SourcesShown, texts))
            .WithFooter(texts.AllSourcesWith(incident.Id))
            .Build();
    }

    /// <summary>Several new incidents for one channel in one message, a line each with its sources.</summary>
    public static Embed Digest(IReadOnlyList<IncidentDetail> details, Texts texts)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(texts);
        var lines = details.Select(d => Line(d, texts));
        return new EmbedBuilder()
            .WithTitle(texts.NewIncidents(details.Count))
            .WithColor(Colors.Incidents)
            .WithDescription(string.Join('\n', lines))
            .WithFooter(texts.DigestFooter)
            .Build();
    }

    /// <summary>Shown in place of an incident that can no longer be read (withdrawn from the store).</summary>
    public static Embed Gone(string incidentId, Texts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return new EmbedBuilder().WithTitle("❌ " + incidentId).WithColor(Colors.Retracted).WithDescription(texts.NoLongerAvailable(incidentId)).Build();
    }

    /// <summary>A message body as the sender sends it: mentions never ping.</summary>
    public static MessageCreateRequest Message(Embed embed, string? nonce) => new()
    {
        Embeds = MessageFitter.FitTotal([embed]),
        AllowedMentions = AllowedMentions.None,
        Nonce = nonce,
        EnforceNonce = nonce is null ? null : true,
    };

    private static string Line(IncidentDetail detail, Texts texts)
    {
        var incident = detail.Summary;
        var line = $"**{FactFormat.Date(incident.Date, incident.DatePrecision, texts)}** · {texts.Kind(incident.Kind)} — {FactFormat.Place(incident, texts)}"
            + $" · {texts.Deaths}: {FactFormat.Deaths(incident.Fatalities, texts)}"
            + (incident.Sources.Count == 0 ? "" : $" · {FactFormat.SourceLinks(incident.Sources, 2, texts)}")
            + $" · `{incident.Id}`";
        return detail.RetractedAt is null ? line : $"~~{line}~~ — {texts.Retracted(Markdown.Escape(detail.RetractedReason ?? ""))}";
    }

    private static string Shorten(string text) => text.Length <= SummaryLength ? text : string.Concat(text.AsSpan(0, SummaryLength - 1), "…");
}
