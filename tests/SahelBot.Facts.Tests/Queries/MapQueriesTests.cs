using SahelBot.Facts.Model;
using SahelBot.Facts.Queries;
using SahelBot.Facts.Tests.Support;

namespace SahelBot.Facts.Tests.Queries;

public sealed class MapQueriesTests(CuratedStoreFixture fixture) : IClassFixture<CuratedStoreFixture>
{
    [Fact]
    public async Task PointsComeDeadliestFirstWithEveryIncidentOfTheSelection()
    {
        var points = await new MapQueries(fixture.Store).PointsAsync(new IncidentFilter { CountryCode = "ML" });

        Assert.Equal(44, points.Count);
        var tolls = points.Select(p => p.DeathsHigh ?? -1).ToList();
        Assert.Equal(tolls.OrderByDescending(t => t), tolls);
    }

    [Fact]
    public async Task APointWithoutCoordinatesCarriesItsAliasesAndTheTownItIsNear()
    {
        var points = await new MapQueries(fixture.Store).PointsAsync(new IncidentFilter { CountryCode = "ML", Since = new DateOnly(2019, 3, 1), Until = new DateOnly(2020, 3, 1) });

        var first = Assert.Single(points, p => p.Id == "inc-045");
        Assert.Equal(("Ogossagou", "Mopti", (double?)null, 157, 170), (first.Place, first.Admin1, first.Latitude, first.DeathsLow, first.DeathsHigh));
        Assert.StartsWith("Bankass", first.NearText, StringComparison.Ordinal);
        Assert.Equal(["Ogossagou-Peul"], first.Aliases);
        Assert.Empty(Assert.Single(points, p => p.Id == "inc-056").Aliases);
    }

    [Fact]
    public async Task APointWithCoordinatesNeedsNoPlacingHints()
    {
        var points = await new MapQueries(fixture.Store).PointsAsync(new IncidentFilter { CountryCode = "NE", Place = "Niamey" });

        Assert.NotEmpty(points);
        Assert.All(points, p =>
        {
            Assert.Equal((13.51, 2.11, "town"), (p.Latitude, p.Longitude, p.CoordinatePrecision));
            Assert.Empty(p.Aliases);
            Assert.Null(p.NearText);
        });
    }
}
