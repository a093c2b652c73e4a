namespace SahelBot.Facts.Curated;

/// <summary>Maps every folded name, code, demonym and alias of the curated countries to a country code.</summary>
internal sealed class CountryNameIndex
{
    private readonly Dictionary<string, string> byFolded = new(StringComparer.Ordinal);

    public CountryNameIndex(IEnumerable<CuratedCountry> countries, List<string>? problems = null)
    {
        foreach (var country in countries)
        {
            if (country.Code is null)
            {
                continue;
            }

            foreach (var name in NamesOf(country))
            {
                var folded = TextNormalizer.Fold(name);
                if (folded.Length == 0)
                {
                    continue;
                }

                if (byFolded.TryGetValue(folded, out var other) && other != country.Code)
                {
                    problems?.Add($"country {country.Code} shares the name '{name}' with country {other}");
                    continue;
                }

                byFolded[folded] = country.Code;
            }
        }
    }

    /// <summary>Every name a country answers to, first occurrence of each folded form kept, in a stable order.</summary>
    public static IEnumerable<string> NamesOf(CuratedCountry country)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        IEnumerable<string?> all =
        [
            country.Code, country.Iso3, country.NameEn, country.NameFr, country.DemonymEn,
            .. country.DemonymsFr ?? [], .. country.Aliases ?? [],
        ];
        foreach (var name in all)
        {
            if (!string.IsNullOrWhiteSpace(name) && seen.Add(TextNormalizer.Fold(name)))
            {
                yield return name;
            }
        }
    }

    public string? Resolve(string name) => byFolded.GetValueOrDefault(TextNormalizer.Fold(name));
}
