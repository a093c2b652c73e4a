using System.Text.Json;

namespace SahelBot.Features.Pictures.Geo;

/// <summary>The Sahel and its neighbours from Natural Earth (public domain), as derived by tools/geodata/derive.mjs.</summary>
public sealed class Outlines
{
    private readonly Dictionary<string, CountryOutline> _byCode;

    private Outlines(IReadOnlyList<CountryOutline> countries)
    {
        All = countries;
        _byCode = countries.ToDictionary(c => c.Iso2, StringComparer.Ordinal);
    }

    public IReadOnlyList<CountryOutline> All { get; }

    public CountryOutline? Find(string iso2) => _byCode.GetValueOrDefault(iso2.ToUpperInvariant());

    public static Outlines Load()
    {
        using var stream = PictureResources.Open("sahel-outlines.json");
        using var document = JsonDocument.Parse(stream);
        var countries = new List<CountryOutline>();
        foreach (var country in document.RootElement.GetProperty("countries").EnumerateArray())
        {
            var rings = country.GetProperty("rings").EnumerateArray()
                .Select(ring => (IReadOnlyList<(double, double)>)ring.EnumerateArray()
                    .Select(point => (point[0].GetDouble(), point[1].GetDouble()))
                    .ToList())
                .ToList();
            countries.Add(new CountryOutline(country.GetProperty("iso2").GetString()!, country.GetProperty("name").GetString()!, rings));
        }

        return new Outlines(countries);
    }
}
