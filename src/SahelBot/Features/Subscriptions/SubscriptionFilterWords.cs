using SahelBot.Facts.Queries;
using SahelBot.Facts.Subscriptions;
using SahelBot.Formatting;
using SahelBot.Localization;

namespace SahelBot.Features.Subscriptions;

/// <summary>A subscription's filters in words: "country: Niger or Mali · group: JNIM · at least 10 reported deaths".</summary>
public sealed class SubscriptionFilterWords(CountryQueries countries, GroupQueries groups)
{
    public async Task<string> DescribeAsync(SubscriptionFilters filters, ulong guildId, Texts texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filters);
        ArgumentNullException.ThrowIfNull(texts);
        var parts = new List<string>();
        if (filters.Countries.Count > 0)
        {
            var names = new List<string>();
            foreach (var code in filters.Countries)
            {
                names.Add((await countries.FindAsync(code, cancellationToken))?.Name(texts.IsFrench) ?? code);
            }

            parts.Add(texts.FilterCountries(Either(names, texts)));
        }

        if (filters.Groups.Count > 0)
        {
            var names = new List<string>();
            foreach (var id in filters.Groups)
            {
                var group = await groups.GetAsync(id, guildId, cancellationToken);
                names.Add(group is null ? id : group.ToRef().ShortName ?? group.Name);
            }

            parts.Add(texts.FilterGroups(Either(names, texts)));
        }

        if (filters.Kinds.Count > 0)
        {
            parts.Add(texts.FilterKinds(Either(filters.Kinds.Select(texts.Kind), texts)));
        }

        if (filters.MinDeaths is { } min)
        {
            parts.Add(texts.FilterMinDeaths(min));
        }

        return parts.Count == 0 ? texts.AllIncidents : string.Join(" · ", parts);
    }

    private static string Either(IEnumerable<string> names, Texts texts) => string.Join($" {texts.Or} ", names.Select(Markdown.Escape));
}
