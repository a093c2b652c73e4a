using SahelBot.Discord.Embeds;
using SahelBot.Discord.Models;
using SahelBot.Facts.Model;
using SahelBot.Facts.Queries;
using SahelBot.Features.Common;
using SahelBot.Formatting;
using SahelBot.Pipeline;

namespace SahelBot.Features.About;

/// <summary><c>/about</c>: what the store holds, the dates it covers per country, and how its facts are sourced.</summary>
public sealed class AboutCommand(StatsQueries stats) : ISlashCommand
{
    public ApplicationCommand Definition { get; } = Definitions.Command(
        "about", "What SahelBot knows, the period it covers and how its facts are sourced",
        "a_propos", "Ce que SahelBot sait, la période couverte et l'origine de ses faits");

    public async Task<InteractionResponse> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var texts = context.Texts;
        var facts = await stats.GetAsync(context.GuildId, cancellationToken);
        var coverage = facts.Coverage
            .Where(c => c.Incidents > 0)
            .Select(c => texts.CoverageLine(
                c.Country.Name(texts.IsFrench),
                c.Incidents,
                c.First is { } first ? FactFormat.Date(first, DatePrecision.Day, texts) : "?",
                c.Last is { } last ? FactFormat.Date(last, DatePrecision.Day, texts) : "?"));
        var embed = new EmbedBuilder()
            .WithTitle(texts.AboutTitle)
            .WithColor(Colors.About)
            .WithDescription(texts.AboutDescription)
            .AddField(texts.Counts, texts.CountsLine(facts.Incidents, facts.Groups, facts.Deployments, facts.Sources))
            .AddField(texts.Coverage, string.Join('\n', coverage))
            .AddField(texts.HowSourced, texts.HowSourcedText);
        return Replies.Embeds([embed.Build()]);
    }
}
