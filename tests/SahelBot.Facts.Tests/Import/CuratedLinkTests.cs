using SahelBot.Facts.Import;
using SahelBot.Facts.Tests.Support;

namespace SahelBot.Facts.Tests.Import;

public sealed class CuratedLinkTests(CuratedStoreFixture fixture) : ImportTestBase(fixture)
{
    // inc-001 in the curated data: Inates, Niger, 2019-12-10 (alias "Inatès").
    private string InatesFile(string place, string date = "10 December 2019") => Write(new ExportFile(ExportLayouts.AcledCurrent).Add(Rows.Acled(
        ("event_id_cnty", "NIR5001"), ("country", "Niger"), ("admin1", "Tillaberi"), ("location", place), ("event_date", date), ("year", "2019"),
        ("actor2", "Islamic State (Greater Sahara)"), ("fatalities", "128"))));

    [Theory]
    [InlineData("Inates")]
    [InlineData("Inatès")]
    [InlineData("In Ates")]
    public async Task AnImportedEventOnTheDayCountryAndPlaceOfACuratedIncidentIsLinkedToIt(string place)
    {
        var report = await ImportAsync(ConflictDataset.Acled, InatesFile(place));

        Assert.Equal(1, report.LinkedToCurated);
        Assert.Equal("inc-001", Scalar<string>("SELECT duplicate_of FROM incidents WHERE id = 'inc-acled-nir5001'"));
        Assert.Equal(1L, Scalar<long>("SELECT count(*) FROM counted_incidents WHERE date = '2019-12-10' AND place_folded = 'inates'"));
    }

    [Fact]
    public async Task ADifferentDayIsNotLinked()
    {
        await ImportAsync(ConflictDataset.Acled, InatesFile("Inates", "11 December 2019"));

        Assert.Null(Scalar<string?>("SELECT duplicate_of FROM incidents WHERE id = 'inc-acled-nir5001'"));
    }
}
