using SahelBot.Facts.Import;
using SahelBot.Facts.Tests.Support;

namespace SahelBot.Facts.Tests.Import;

public sealed class UcdpLayoutTests(CuratedStoreFixture fixture) : ImportTestBase(fixture)
{
    [Theory]
    [InlineData("23.1")]
    [InlineData("19.1")]
    [InlineData("hdx")]
    public async Task EveryGedLayoutImportsTheEventWithItsRangeCitationAndPlace(string layout)
    {
        var file = new ExportFile(layout switch { "23.1" => ExportLayouts.Ged231, "19.1" => ExportLayouts.Ged191, _ => ExportLayouts.GedHdx }) { NewLine = "\r\n" };
        if (layout == "hdx")
        {
            file.Add(ExportLayouts.GedHdxTags);
        }

        file.Add(Rows.Ged());
        var report = await ImportAsync(ConflictDataset.Ucdp, Write(file));

        Assert.Equal(1, report.Inserted);
        Assert.Equal(layout == "hdx" ? 1 : 0, report.Skipped);
        var row = Query<(string Date, string Country, string Admin1, string Place, string Kind, long Military, long Civilian, long Militants, long Min, long Max, string Precision, string ExternalId)>(
            """
            SELECT date, country_code, admin1, place, kind, deaths_military, deaths_civilian, deaths_militants, deaths_min, deaths_max,
                   coordinate_precision, external_id
            FROM incidents WHERE id = 'inc-ucdp-880001'
            """).Single();
        Assert.Equal(("2021-06-04", "BF", "Sahel", "Tinakoff", "clash"), (row.Date, row.Country, row.Admin1, row.Place, row.Kind));
        Assert.Equal((11L, 1L, 3L, 14L, 20L), (row.Military, row.Civilian, row.Militants, row.Min, row.Max));
        Assert.Equal(("exact", "ucdp:880001"), (row.Precision, row.ExternalId));
        var source = Query<(string Title, string Publisher)>(
            "SELECT s.title, s.publisher FROM incident_sources x JOIN sources s ON s.id = x.source_id WHERE x.incident_id = 'inc-ucdp-880001'").Single();
        Assert.Equal(Rows.Ged()["source_article"], source.Title);
        Assert.Equal("UCDP GED, event 880001 (Test Wire;Other Paper)", source.Publisher);
        Assert.Equal(15L, Scalar<long>("SELECT deaths_best FROM incident_imports WHERE incident_id = 'inc-ucdp-880001'"));
    }

    [Fact]
    public async Task OneSidedViolenceIsAnAttackOnCiviliansAndVaguerDatesKeepTheirPrecision()
    {
        var file = new ExportFile(ExportLayouts.Ged231)
            .Add(Rows.Ged(("type_of_violence", "3"), ("side_a", "IS"), ("side_b", "Civilians"), ("date_prec", "4"), ("date_start", "2021-06-17"), ("where_prec", "4")));

        await ImportAsync(ConflictDataset.Ucdp, Write(file));

        var row = Query<(string Kind, string Target, string Date, string DatePrecision, string Coordinates)>(
            "SELECT kind, target, date, date_precision, coordinate_precision FROM incidents WHERE id = 'inc-ucdp-880001'").Single();
        Assert.Equal(("attack on civilians", "civilians", "2021-06-01", "month", "approximate"), row);
        Assert.Equal([("IS", (string?)null), ("Civilians", null)], Query<(string, string?)>("SELECT name, group_id FROM incident_actors ORDER BY ordinal"));
    }

    [Fact]
    public async Task OutOfOrderLowBestHighIsKeptWithANoteAndARangeSpanningAllThree()
    {
        var file = new ExportFile(ExportLayouts.Ged231).Add(Rows.Ged(("low", "16"), ("best", "15"), ("high", "20")));

        var report = await ImportAsync(ConflictDataset.Ucdp, Write(file));

        Assert.Single(report.Warnings);
        Assert.Equal((15L, 20L), Query<(long, long)>("SELECT deaths_min, deaths_max FROM incidents WHERE id = 'inc-ucdp-880001'").Single());
    }
}
