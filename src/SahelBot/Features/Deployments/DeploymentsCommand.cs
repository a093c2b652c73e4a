using SahelBot.Discord.Embeds;
using SahelBot.Discord.Models;
using SahelBot.Facts.Model;
using SahelBot.Facts.Queries;
using SahelBot.Features.Common;
using SahelBot.Formatting;
using SahelBot.Localization;
using SahelBot.Pipeline;

namespace SahelBot.Features.Deployments;

/// <summary><c>/deployments [country] [as_of]</c>: the international forces present, their contributors and strength as of a date.</summary>
public sealed class DeploymentsCommand(FactResolver resolver, DeploymentQueries deployments, Suggestions suggestions) : ISlashCommand
{
    private const int MaxFields = 25;

    public ApplicationCommand Definition { get; } = Definitions.Command(
        "deployments", "International and foreign forces present in a Sahel country on a date, with sources",
        "deploiements", "Forces internationales et étrangères présentes dans un pays du Sahel à une date, avec sources",
        SharedOptions.Country(required: false),
        Definitions.String("as_of", "Date: 2019, 2019-12, 2019-12-10 (default: today)", "a_la_date", "Date : 2019, 2019-12, 2019-12-10 (par défaut : aujourd'hui)", maxLength: 10));

    public async Task<InteractionResponse> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var country = context.Options.String("country") is { } text ? await resolver.CountryAsync(text, cancellationToken) : null;
        var asOf = FactResolver.Until(context, "as_of") ?? context.Today;
        var present = await deployments.ListAsync(country?.Code, asOf, context.GuildId, cancellationToken);
        return Replies.Embeds([Build(present, country, asOf, context.Texts)]);
    }

    public Task<IReadOnlyList<ApplicationCommandOptionChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken) =>
        suggestions.CountriesAsync(context.Options.String("country") ?? "", context.Texts, cancellationToken);

    public static Embed Build(IReadOnlyList<DeploymentDetail> present, Country? country, DateOnly asOf, Texts texts)
    {
        var embed = new EmbedBuilder()
            .WithTitle(texts.DeploymentsTitle(country?.Name(texts.IsFrench), FactFormat.Date(asOf, DatePrecision.Day, texts)))
            .WithColor(Colors.Deployments);
        if (present.Count == 0)
        {
            embed.WithDescription(texts.NoDeployments);
        }

        foreach (var deployment in present.Take(MaxFields))
        {
            embed.AddField($"{deployment.Name} ({texts.DeploymentKind(deployment.Kind)})", FieldValue(deployment, texts));
        }

        return embed.Build();
    }

    private static string FieldValue(DeploymentDetail deployment, Texts texts)
    {
        var strength = deployment.StrengthAsOf is { } s
            ? texts.TroopsAsOf(FactFormat.Number(s.Troops), s.AsOf) + (s.Note is null ? "" : $" — {Markdown.Escape(s.Note)}")
            : texts.NoStrength;
        return string.Join('\n',
            $"{texts.Contributors}: {Markdown.Escape(string.Join(", ", deployment.Contributors))}",
            $"{texts.Hosts}: {string.Join(", ", deployment.Hosts.Select(h => h.Name(texts.IsFrench)))}",
            $"{texts.Period}: {deployment.Start ?? "?"} – {deployment.End ?? texts.Ongoing}",
            $"{texts.Strength}: {strength}",
            $"{texts.Sources}: {FactFormat.SourceLinks(deployment.Sources, 4, texts)}");
    }
}
