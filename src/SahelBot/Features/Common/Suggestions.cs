using SahelBot.Discord.Models;
using SahelBot.Facts.Queries;
using SahelBot.Formatting;
using SahelBot.Localization;
using SahelBot.Pipeline;

namespace SahelBot.Features.Common;

/// <summary>Autocomplete choices for the options every feature shares: countries, groups and incident ids.</summary>
public sealed class Suggestions(CountryQueries countries, GroupQueries groups, IncidentQueries incidents)
{
    private const int Max = InteractionRouter.MaxAutocompleteChoices;
    private const int ChoiceNameLimit = 100;

    public async Task<IReadOnlyList<ApplicationCommandOptionChoice>> CountriesAsync(string text, Texts texts, CancellationToken cancellationToken)
    {
        var found = await countries.SuggestAsync(text, Max, cancellationToken: cancellationToken);
        return found.Select(c => ApplicationCommandOptionChoice.String(c.Name(texts.IsFrench), c.Code)).ToList();
    }

    public async Task<IReadOnlyList<ApplicationCommandOptionChoice>> GroupsAsync(string text, ulong? guildId, CancellationToken cancellationToken)
    {
        var found = await groups.SuggestAsync(text, Max, guildId, cancellationToken);
        return found.Select(g => ApplicationCommandOptionChoice.String(Fit(g.ShortName is null ? g.Name : $"{g.ShortName} — {g.Name}"), g.Id)).ToList();
    }

    public async Task<IReadOnlyList<ApplicationCommandOptionChoice>> IncidentsAsync(string text, Texts texts, ulong? guildId, CancellationToken cancellationToken)
    {
        var found = await incidents.SuggestAsync(text, Max, guildId, cancellationToken);
        return found.Select(i => ApplicationCommandOptionChoice.String(
            Fit($"{FactFormat.Date(i.Date, i.DatePrecision, texts)} · {i.Place}, {i.Country.Name(texts.IsFrench)} · {texts.Kind(i.Kind)}"),
            i.Id)).ToList();
    }

    private static string Fit(string name) => name.Length <= ChoiceNameLimit ? name : string.Concat(name.AsSpan(0, ChoiceNameLimit - 1), "…");
}
