using Dapper;
using Microsoft.Data.Sqlite;

namespace SahelBot.Facts.Import;

/// <summary>
/// Resolves a row's country to a store country code: by name (any alias the store knows), else by the
/// numeric codes the exports carry (ISO 3166 numeric in ACLED 'iso', Gleditsch–Ward in 'GWNO' and GED
/// 'country_id'), else by the ACLED event id prefix. Names the store does not know stay unresolved.
/// </summary>
internal sealed class CountryResolver
{
    // ISO 3166-1 numeric and Gleditsch–Ward numbers of the five Sahel countries, to their ISO3 code.
    private static readonly Dictionary<int, string> IsoNumeric = new() { [466] = "MLI", [854] = "BFA", [562] = "NER", [148] = "TCD", [478] = "MRT" };
    private static readonly Dictionary<int, string> GleditschWard = new() { [432] = "MLI", [439] = "BFA", [436] = "NER", [483] = "TCD", [435] = "MRT" };

    // ACLED event id prefixes are not ISO codes (Niger is NIR, Burkina Faso BFO); CHA and MAU are unconfirmed.
    private static readonly Dictionary<string, string> AcledPrefixes = new(StringComparer.Ordinal)
    {
        ["MLI"] = "MLI",
        ["BFO"] = "BFA",
        ["NIR"] = "NER",
        ["CHA"] = "TCD",
        ["MAU"] = "MRT",
    };

    private readonly Dictionary<string, string> codeByFoldedName;
    private readonly FoldCache folds = new();

    private CountryResolver(Dictionary<string, string> codeByFoldedName, IReadOnlyList<string> sahel)
    {
        this.codeByFoldedName = codeByFoldedName;
        Sahel = sahel;
    }

    public IReadOnlyList<string> Sahel { get; }

    public static CountryResolver Load(SqliteConnection connection)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, folded) in connection.Query<(string, string)>("SELECT country_code, alias_folded FROM country_aliases ORDER BY country_code"))
        {
            names.TryAdd(folded, code);
        }

        foreach (var (code, name, iso3) in connection.Query<(string, string, string)>("SELECT code, name_en, iso3 FROM countries ORDER BY code"))
        {
            names.TryAdd(TextNormalizer.Fold(code), code);
            names.TryAdd(TextNormalizer.Fold(name), code);
            names.TryAdd(TextNormalizer.Fold(iso3), code);
        }

        var sahel = connection.Query<string>("SELECT code FROM countries WHERE is_sahel = 1 ORDER BY code").ToList();
        return new CountryResolver(names, sahel);
    }

    /// <summary>The code for a name or code a person typed or a file holds, or null.</summary>
    public string? ByName(string? name) => string.IsNullOrWhiteSpace(name) ? null : codeByFoldedName.GetValueOrDefault(folds.Fold(name));

    public string? ByIsoNumeric(int? number) => number is { } n && IsoNumeric.TryGetValue(n, out var iso3) ? ByName(iso3) : null;

    public string? ByGleditschWard(int? number) => number is { } n && GleditschWard.TryGetValue(n, out var iso3) ? ByName(iso3) : null;

    public string? ByAcledEventId(string? eventId)
    {
        if (eventId is null || eventId.Length < 4)
        {
            return null;
        }

        return AcledPrefixes.TryGetValue(eventId[..3], out var iso3) ? ByName(iso3) : null;
    }

    /// <summary>The scope of an import: the named countries, or the Sahel five when none is named.</summary>
    public IReadOnlySet<string> Scope(IReadOnlyList<string> requested)
    {
        if (requested.Count == 0)
        {
            return Sahel.ToHashSet(StringComparer.Ordinal);
        }

        var scope = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in requested.SelectMany(r => r.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            scope.Add(ByName(name) ?? throw new ImportException($"unknown country '{name}': the store knows only the countries in data/curated/countries.json"));
        }

        return scope;
    }
}
