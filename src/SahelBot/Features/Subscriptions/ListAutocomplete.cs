using SahelBot.Discord.Models;
using SahelBot.Features.Common;
using SahelBot.Localization;
using SahelBot.Pipeline;

namespace SahelBot.Features.Subscriptions;

/// <summary>Autocomplete for comma-separated options: the last item is completed, the ones before it are kept.</summary>
public sealed class ListAutocomplete(Suggestions suggestions)
{
    private const int ChoiceLimit = 100;

    public async Task<IReadOnlyList<ApplicationCommandOptionChoice>> CompleteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var focused = context.Options.Focused?.Name ?? "";
        var typed = context.Options.String(focused) ?? "";
        var comma = typed.LastIndexOf(',');
        var kept = comma < 0 ? "" : typed[..comma].Trim();
        var last = comma < 0 ? typed.Trim() : typed[(comma + 1)..].Trim();
        IReadOnlyList<ApplicationCommandOptionChoice> choices = focused switch
        {
            "countries" => await suggestions.CountriesAsync(last, context.Texts, cancellationToken),
            "groups" => await suggestions.GroupsAsync(last, context.GuildId, cancellationToken),
            "kinds" => Kinds(last, context.Texts),
            _ => [],
        };
        if (kept.Length == 0)
        {
            return choices;
        }

        return choices
            .Select(c => (Name: $"{kept}, {c.Name}", Value: $"{kept}, {c.Value}"))
            .Where(c => c.Value.Length <= ChoiceLimit)
            .Select(c => ApplicationCommandOptionChoice.String(c.Name.Length <= ChoiceLimit ? c.Name : string.Concat(c.Name.AsSpan(0, ChoiceLimit - 1), "…"), c.Value))
            .ToList();
    }

    private static List<ApplicationCommandOptionChoice> Kinds(string typed, Texts texts) =>
        IncidentKinds.All
            .Where(k => typed.Length == 0 || texts.Kind(k).Contains(typed, StringComparison.OrdinalIgnoreCase) || k.Contains(typed, StringComparison.OrdinalIgnoreCase))
            .Select(k => ApplicationCommandOptionChoice.String(texts.Kind(k), k))
            .ToList();
}
