using SahelBot.Facts.Model;
using SahelBot.Facts.Queries;
using SahelBot.Facts.Tests.Support;

namespace SahelBot.Facts.Tests.Queries;

public sealed class MapQueriesTests(CuratedStoreFixture fixture) : IClassFixture<CuratedStoreFixture>
{
    [Fact]
    public async Task PointsAreEveryIncidentOfTheSelectionWithItsRange()
    {
        var filter = new IncidentFilter { CountryCode = "ML" };
        var points = await new MapQueries(fixture.Store).PointsAsync(filter);

        var listed = await new IncidentQueries(fixture.Store).ListAsync(filter, 0, 100);
        Assert.Equal(listed.Items.Select(i => i.Id).Order(StringComparer.Ordinal), points.Select(p => p.Id).Order(StringComparer.Ordinal));
        var ogossagou = Assert.Single(points, p => p.Id == "inc-045");
        Assert.Equal(("Ogossagou", "Mopti", (double?)null, 157, 170), (ogossagou.Place, ogossagou.Admin1, ogossagou.Latitude, ogossagou.DeathsLow, ogossagou.DeathsHigh));
    }

    [Fact]
    public async Task HintsCarryTheAliasesAndTheTownTheSummarySaysItIsNear()
    {
        var hints = await new MapQueries(fixture.Store).HintsAsync(["inc-045", "inc-056", "inc-none"]);

        Assert.Equal(["inc-045", "inc-056"], hints.Keys.Order(StringComparer.Ordinal));
        Assert.StartsWith("Bankass", hints["inc-045"].NearText, StringComparison.Ordinal);
        Assert.Equal(["Ogossagou-Peul"], hints["inc-045"].Aliases);
        Assert.Empty(hints["inc-056"].Aliases);
    }

    [Fact]
    public async Task NoIdsAskNothing()
    {
        Assert.Empty(await new MapQueries(fixture.Store).HintsAsync([]));
    }

    [Fact]
    public async Task APointWithCoordinatesHasThemAndTheirPrecision()
    {
        var points = await new MapQueries(fixture.Store).PointsAsync(new IncidentFilter { CountryCode = "NE", Place = "Niamey" });

        Assert.NotEmpty(points);
        Assert.All(points, p => Assert.Equal((13.51, 2.11, "town"), (p.Latitude, p.Longitude, p.CoordinatePrecision)));
    }
}
