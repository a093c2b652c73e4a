using Dapper;
using Microsoft.Data.Sqlite;
using SahelBot.Facts.Model;

namespace SahelBot.Facts.Queries.Rows;

/// <summary>
/// The countries with every folded name they answer to. Exact keys are all names, codes and demonyms;
/// name keys (used for prefix, contains and typo matching) leave out the codes and demonyms, so 'nigeri'
/// suggests Nigeria rather than Niger through 'nigérien'.
/// </summary>
internal sealed class CountryCatalog
{
    private CountryCatalog(IReadOnlyList<Entry> entries) => Entries = entries;

    public IReadOnlyList<Entry> Entries { get; }

    public static async Task<CountryCatalog> LoadAsync(SqliteConnection connection, CancellationToken ct)
    {
        var countries = await FactLoader.CountriesAsync(connection, ct);
        var aliases = (await connection.QueryAsync<(string Code, string Folded)>(new CommandDefinition(
            "SELECT country_code, alias_folded FROM country_aliases ORDER BY country_code, alias_folded", cancellationToken: ct)))
            .ToLookup(a => a.Code, a => a.Folded, StringComparer.Ordinal);
        var entries = countries.Values.Select(c =>
        {
            var exact = aliases[c.Code].ToHashSet(StringComparer.Ordinal);
            var notNames = new[] { c.Code, c.Iso3, c.DemonymEn }.Concat(c.DemonymsFr).Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
            var names = exact.Where(a => !notNames.Contains(a)).Append(TextNormalizer.Fold(c.NameEn)).Append(TextNormalizer.Fold(c.NameFr))
                .Distinct(StringComparer.Ordinal).ToList();
            return new Entry(c, exact, names);
        }).ToList();
        return new CountryCatalog(entries);
    }

    public sealed record Entry(Country Country, IReadOnlySet<string> ExactKeys, IReadOnlyList<string> NameKeys);
}
