using SahelBot.Discord.Embeds;
using SahelBot.Discord.Models;
using SahelBot.Facts.Model;
using SahelBot.Features.Common;
using SahelBot.Formatting;
using SahelBot.Localization;
using SahelBot.Pipeline;

namespace SahelBot.Features.Pictures;

/// <summary>
/// The message that carries a picture: an embed showing it through <c>attachment://name</c> with the totals and the
/// sources in text, and the PNG as the response's file, which makes the transports upload it as multipart.
/// </summary>
public static class PictureReply
{
    private const int DeadliestShown = 3;
    private const int SourcesPerIncident = 3;

    public static InteractionResponse Build(EmbedBuilder embed, string fileName, byte[] png, string description) => new()
    {
        Type = InteractionCallbackType.ChannelMessageWithSource,
        Data = Replies.Data([embed.WithImage("attachment://" + fileName).Build()], components: null, ephemeral: false),
        Files = [new FileAttachment(fileName, png, description)],
    };

    /// <summary>What to say instead of drawing an empty picture.</summary>
    public static InteractionResponse Nothing(string title, Texts texts) => Replies.Embeds(
        [new EmbedBuilder().WithTitle(title).WithColor(Colors.Incidents).WithDescription(texts.NothingToDraw).Build()],
        ephemeral: true);

    /// <summary>The embed both pictures share: title, totals, the deadliest incidents with their sources, the publishers.</summary>
    public static EmbedBuilder Embed(
        string title, SelectionFacts selection, int deathsLow, int deathsHigh, DateOnly from, DateOnly to, IReadOnlyList<IncidentSummary> deadliest, Texts texts)
    {
        var embed = new EmbedBuilder()
            .WithTitle(title)
            .WithColor(Colors.Incidents)
            .WithDescription(texts.PictureTotals(selection.Incidents, PictureCaption.Deaths(deathsLow, deathsHigh, texts), PictureCaption.Day(from, texts), PictureCaption.Day(to, texts)))
            .WithFooter(texts.PictureFooter);
        if (deadliest.Count > 0)
        {
            embed.AddField(texts.Deadliest, string.Join('\n', deadliest.Take(DeadliestShown).Select(i =>
                $"{FactFormat.Date(i.Date, i.DatePrecision, texts)} — {Markdown.Escape(i.Place)}: {FactFormat.Deaths(i.Fatalities, texts)} · {FactFormat.SourceLinks(i.Sources, SourcesPerIncident, texts)}")));
        }

        embed.AddField(texts.SourcesBehind, texts.PublishersLine(selection.Sources, selection.Publishers.Count, PictureCaption.MostCitedPublishers(selection, texts, markdown: true)));
        return embed;
    }
}
