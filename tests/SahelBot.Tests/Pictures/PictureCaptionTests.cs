using SahelBot.Facts.Model;
using SahelBot.Features.Pictures;
using SahelBot.Localization;

namespace SahelBot.Tests.Pictures;

public sealed class PictureCaptionTests
{
    private static readonly Country Niger = new("NE", "NER", "Niger", "Niger", "Nigerien", ["nigérien", "nigérienne"], true);

    private static readonly SelectionFacts Selection = new(
        1234,
        new DateOnly(2015, 1, 1),
        new DateOnly(2025, 6, 19),
        [new PublisherCount("BBC News", 6), new PublisherCount("Reuters", 4), new PublisherCount("AFP", 3), new PublisherCount("RFI", 2), new PublisherCount("Le Monde", 1)],
        40,
        new Dictionary<string, int> { ["curated"] = 34, ["synthetic"] = 1200 });

    private static IReadOnlyList<string> Lines(Texts texts) => PictureCaption.Lines(
        Selection, 900, 1100, new DateOnly(2015, 1, 1), new DateOnly(2025, 6, 19),
        new CountryCoverage(Niger, 29, new DateOnly(2013, 5, 23), new DateOnly(2025, 6, 19)),
        new PictureRequest(Niger, new DateOnly(2015, 1, 1), null, null, null),
        texts);

    [Fact]
    public void TheEnglishCaptionNamesPeriodSourcesAndCoverage()
    {
        Assert.Equal(
        [
            "Period: 1 Jan 2015 – 19 Jun 2025 · 1,234 incidents · 900–1,100 deaths reported",
            "Sources: 40 articles from 5 publishers; most cited: BBC News (6), Reuters (4), AFP (3), RFI (2), +1 more",
            "Coverage: SahelBot fact store (1,200 synthetic benchmark rows, 34 curated records); Niger records run 23 May 2013 – 19 Jun 2025. Reported incidents, not a complete count.",
        ], Lines(Texts.English));
    }

    [Fact]
    public void TheFrenchCaptionNamesPeriodSourcesAndCoverage()
    {
        Assert.Equal(
        [
            "Période : 1 janv. 2015 – 19 juin 2025 · 1\u202F234 incidents · 900–1\u202F100 morts rapportés",
            "Sources : 40 articles de 5 éditeurs ; les plus cités : BBC News (6), Reuters (4), AFP (3), RFI (2), +1 autres",
            "Couverture : base de faits SahelBot (1\u202F200 lignes synthétiques de test, 34 fiches vérifiées) ; fiches Niger du 23 mai 2013 au 19 juin 2025. Incidents rapportés, pas un décompte exhaustif.",
        ], Lines(Texts.French));
    }
}
