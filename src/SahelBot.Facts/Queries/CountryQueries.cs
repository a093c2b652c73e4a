using SahelBot.Facts.Model;
using SahelBot.Facts.Queries.Rows;

namespace SahelBot.Facts.Queries;

/// <summary>
/// Resolves what people type for a country: English or French name, ISO2, ISO3, demonym (en/fr) or an
/// alias, ignoring case, accents, hyphens and apostrophes ('Burkina-Faso', 'nigérien', 'Tchad', 'MLI').
/// </summary>
public sealed class CountryQueries(FactStore store)
{
    private const int MinimumPrefixLength = 3;

    /// <summary>
    /// An exact match on any name, code, demonym or alias; failing that, the country whose name starts
    /// with the text (3+ letters, Sahel countries first). 'nigeria' is Nigeria: exact matches win.
    /// </summary>
    public async Task<Country?> FindAsync(string text, CancellationToken cancellationToken = default)
    {
        var folded = TextNormalizer.Fold(text);
        if (folded.Length == 0)
        {
            return null;
        }

        var catalog = await LoadAsync(cancellationToken);
        var exact = catalog.Entries.Where(e => e.ExactKeys.Contains(folded)).Select(e => e.Country);
        var prefix = folded.Length >= MinimumPrefixLength
            ? Order(catalog.Entries.Where(e => e.NameKeys.Any(n => n.StartsWith(folded, StringComparison.Ordinal))).Select(e => e.Country), sahelFirst: true)
            : [];
        return Order(exact, sahelFirst: true).FirstOrDefault() ?? prefix.FirstOrDefault();
    }

    /// <summary>
    /// Autocomplete: exact matches, then names starting with the text, then names containing it, then
    /// names within a small edit distance. Empty text gives the five Sahel countries.
    /// </summary>
    public async Task<IReadOnlyList<Country>> SuggestAsync(string text, int limit, bool sahelFirst = true, CancellationToken cancellationToken = default)
    {
        if (limit <= 0)
        {
            return [];
        }

        var catalog = await LoadAsync(cancellationToken);
        var folded = TextNormalizer.Fold(text);
        if (folded.Length == 0)
        {
            return Order(catalog.Entries.Where(e => e.Country.IsSahel).Select(e => e.Country), sahelFirst).Take(limit).ToList();
        }

        var tiers = new[]
        {
            catalog.Entries.Where(e => e.ExactKeys.Contains(folded)),
            catalog.Entries.Where(e => e.NameKeys.Any(n => n.StartsWith(folded, StringComparison.Ordinal))),
            catalog.Entries.Where(e => e.NameKeys.Any(n => n.Contains(folded, StringComparison.Ordinal))),
            catalog.Entries.Where(e => e.NameKeys.Any(n => IsNearMiss(folded, n))),
        };
        var result = new List<Country>();
        foreach (var tier in tiers)
        {
            foreach (var country in Order(tier.Select(e => e.Country), sahelFirst))
            {
                if (result.Count < limit && !result.Contains(country))
                {
                    result.Add(country);
                }
            }
        }

        return result;
    }

    /// <summary>Every country in the store, Sahel countries first, then by English name.</summary>
    public async Task<IReadOnlyList<Country>> AllAsync(CancellationToken cancellationToken = default)
    {
        var catalog = await LoadAsync(cancellationToken);
        return Order(catalog.Entries.Select(e => e.Country), sahelFirst: true).ToList();
    }

    /// <summary>Codes of countries the folded text names exactly or by name prefix (for incident suggestions).</summary>
    internal async Task<IReadOnlyList<string>> MatchingCodesAsync(string folded, CancellationToken cancellationToken)
    {
        var catalog = await LoadAsync(cancellationToken);
        return catalog.Entries
            .Where(e => e.ExactKeys.Contains(folded)
                || (folded.Length >= MinimumPrefixLength && e.NameKeys.Any(n => n.StartsWith(folded, StringComparison.Ordinal))))
            .Select(e => e.Country.Code)
            .ToList();
    }

    private async Task<CountryCatalog> LoadAsync(CancellationToken cancellationToken)
    {
        await using var connection = store.OpenConnection();
        return await CountryCatalog.LoadAsync(connection, cancellationToken);
    }

    private static IEnumerable<Country> Order(IEnumerable<Country> countries, bool sahelFirst) =>
        countries.OrderBy(c => sahelFirst && c.IsSahel ? 0 : 1).ThenBy(c => c.NameEn, StringComparer.Ordinal);

    /// <summary>A typo: the text is within 1 edit (2 from 6 letters) of a name or of the name's start.</summary>
    private static bool IsNearMiss(string text, string name)
    {
        if (text.Length < MinimumPrefixLength)
        {
            return false;
        }

        var allowed = text.Length >= 6 ? 2 : 1;
        return EditDistance.Compute(text, name) <= allowed
            || (name.Length > text.Length && EditDistance.Compute(text, name[..text.Length]) <= allowed);
    }
}
