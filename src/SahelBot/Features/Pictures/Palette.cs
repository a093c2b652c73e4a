using SahelBot.Features.Common;
using SkiaSharp;

namespace SahelBot.Features.Pictures;

/// <summary>
/// Colours for group affiliations and incident kinds: distinct hues (Okabe–Ito based, readable with colour-blindness),
/// fixed per category so the same group family has the same colour in every chart.
/// </summary>
public static class Palette
{
    public static readonly IReadOnlyList<string?> Affiliations = ["al-Qaeda", "Islamic State", "separatist", "militia", "state-backed", "other", null];

    private static readonly SKColor[] AffiliationColors =
    [
        new(0x0B, 0x6E, 0x99), // al-Qaeda
        new(0x1F, 0x1F, 0x1F), // Islamic State
        new(0xE6, 0x9F, 0x00), // separatist
        new(0x00, 0x9E, 0x73), // militia
        new(0xCC, 0x5A, 0x8C), // state-backed
        new(0x8C, 0x6B, 0xB1), // other
        new(0xB8, 0xBD, 0xC2), // no group named
    ];

    private static readonly SKColor[] KindColors =
    [
        new(0x1F, 0x5F, 0xA8), // attack on military
        new(0xC0, 0x39, 0x2B), // attack on civilians
        new(0xE6, 0x7E, 0x22), // ambush
        new(0x8E, 0x44, 0xAD), // IED
        new(0x6E, 0x2C, 0x00), // suicide bombing
        new(0x7B, 0x00, 0x1C), // massacre
        new(0x16, 0xA0, 0x85), // kidnapping
        new(0xD4, 0xAC, 0x0D), // clash
        new(0x2C, 0x3E, 0x50), // airstrike
        new(0xE8, 0x43, 0x93), // coup
        new(0x7F, 0x8C, 0x8D), // other
    ];

    public static SKColor Affiliation(string? affiliation)
    {
        var index = -1;
        for (var i = 0; i < Affiliations.Count; i++)
        {
            if (string.Equals(Affiliations[i], affiliation, StringComparison.Ordinal))
            {
                index = i;
            }
        }

        return AffiliationColors[index < 0 ? AffiliationColors.Length - 2 : index];
    }

    /// <summary>Where an affiliation stacks and lists: the store's order, unknown values with "other", no group last.</summary>
    public static int AffiliationOrder(string? affiliation)
    {
        for (var i = 0; i < Affiliations.Count; i++)
        {
            if (string.Equals(Affiliations[i], affiliation, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return Affiliations.Count - 2;
    }

    public static SKColor Kind(string kind)
    {
        var index = IncidentKinds.IndexOf(kind);
        return KindColors[index < 0 ? KindColors.Length - 1 : index];
    }
}
