using System.Globalization;
using SahelBot.Discord.Embeds;
using SahelBot.Discord.Models;
using SahelBot.Facts.Model;
using SahelBot.Features.Common;
using SahelBot.Formatting;
using SahelBot.Localization;

namespace SahelBot.Features.Incidents;

/// <summary>The full incident card (shared by /incident and, compacted, by other features) and its numbered source list.</summary>
public static class IncidentEmbeds
{
    public static IReadOnlyList<Embed> Build(IncidentDetail detail, Texts texts)
    {
        var incident = detail.Summary;
        var retracted = detail.RetractedAt is not null;
        var citation = CitationRange(incident.Sources.Count);
        var card = new EmbedBuilder()
            .WithTitle($"{(retracted ? "❌ " : "")}{texts.Kind(incident.Kind)} — {incident.Place}, {incident.Country.Name(texts.IsFrench)}")
            .WithColor(retracted ? Colors.Retracted : Colors.Incidents)
            .WithDescription(Description(detail, texts))
            .AddField(texts.Date, FactFormat.Date(incident.Date, incident.DatePrecision, texts) + texts.DatePrecisionNote(incident.DatePrecision.ToString()), inline: true)
            .AddField(texts.Place, PlaceText(detail, texts), inline: true)
            .AddField(texts.KindAndTarget, detail.Target is null ? texts.Kind(incident.Kind) : $"{texts.Kind(incident.Kind)} · {texts.Target(detail.Target)}", inline: true)
            .AddField(texts.Deaths, $"{DeathsText(incident.Fatalities, texts)}\n{citation}");
        if (detail.Injured is { } injured)
        {
            card.AddField(texts.Injured, $"{FactFormat.Number(injured)} {citation}", inline: true);
        }

        if (detail.Missing is { } missing)
        {
            card.AddField(texts.Missing, $"{FactFormat.Number(missing)} {citation}", inline: true);
        }

        card.AddField(texts.AttributedTo, incident.Perpetrators.Count == 0 ? texts.NoAttribution : FactFormat.Groups(incident.Perpetrators))
            .AddField(texts.ClaimedBy, incident.Claimants.Count == 0 ? texts.NoClaim : FactFormat.Groups(incident.Claimants))
            .WithFooter(Footer(detail, texts));

        var sources = new EmbedBuilder()
            .WithTitle(texts.SourcesFor(incident.Id))
            .WithColor(retracted ? Colors.Retracted : Colors.Incidents)
            .WithDescription(string.Join('\n', FactFormat.SourceLines(incident.Sources, texts)));
        return [card.Build(), sources.Build()];
    }

    private static string Description(IncidentDetail detail, Texts texts)
    {
        var summary = Markdown.Escape(detail.Summary.Summary);
        return detail.RetractedAt is null ? summary : $"**{Markdown.Escape(texts.Retracted(detail.RetractedReason ?? ""))}**\n\n{summary}";
    }

    private static string PlaceText(IncidentDetail detail, Texts texts)
    {
        var text = FactFormat.Place(detail.Summary, texts);
        if (detail.PlaceAliases.Count > 0)
        {
            text += $"\n{texts.AlsoKnownAs}: {Markdown.Escape(string.Join(", ", detail.PlaceAliases))}";
        }

        if (detail.Latitude is { } lat && detail.Longitude is { } lon)
        {
            var precision = detail.CoordinatePrecision is null ? "" : $" ({detail.CoordinatePrecision})";
            text += $"\n{texts.Coordinates}: {lat.ToString("0.##", CultureInfo.InvariantCulture)}, {lon.ToString("0.##", CultureInfo.InvariantCulture)}{precision}";
        }

        return text;
    }

    /// <summary>Deaths by side, then the total or the range the sources span.</summary>
    private static string DeathsText(Fatalities fatalities, Texts texts)
    {
        var lines = new List<string>();
        if (fatalities.Military is { } military)
        {
            lines.Add($"{texts.Military}: {FactFormat.Number(military)}");
        }

        if (fatalities.Civilian is { } civilian)
        {
            lines.Add($"{texts.Civilian}: {FactFormat.Number(civilian)}");
        }

        lines.Add($"{texts.Total}: {FactFormat.Deaths(fatalities, texts)}");
        if (fatalities.Militants is { } militants)
        {
            lines.Add($"{texts.Militants}: {FactFormat.Number(militants)}");
        }

        return string.Join('\n', lines);
    }

    private static string CitationRange(int count) => count switch
    {
        0 => "",
        1 => "[1]",
        _ => $"[1–{count}]",
    };

    private static string Footer(IncidentDetail detail, Texts texts)
    {
        var footer = $"{detail.Summary.Id} · {detail.Provenance.Origin}";
        return detail.Provenance.GuildId is null ? footer : $"{footer} · {texts.ServerOnlyLabel}";
    }
}
