using SahelBot.Facts.Model;
using SahelBot.Facts.Queries;
using SahelBot.Facts.Tests.Support;

namespace SahelBot.Facts.Tests.Queries;

public sealed class DeploymentQueriesTests(CuratedStoreFixture fixture) : IClassFixture<CuratedStoreFixture>, IDisposable
{
    private readonly TempDirectory temp = new();
    private readonly DeploymentQueries queries = new(fixture.Store);

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task MinusmaIsPresentInMaliIn2015AndGoneIn2024()
    {
        var in2015 = await queries.ListAsync("ML", new DateOnly(2015, 6, 1));
        var in2024 = await queries.ListAsync("ML", new DateOnly(2024, 6, 1));
        Assert.Contains(in2015, d => d.Id == "dep-004");
        Assert.DoesNotContain(in2024, d => d.Id == "dep-004");
    }

    [Fact]
    public async Task ADeploymentIsPresentOnItsFirstAndLastDays()
    {
        Assert.Contains(await queries.ListAsync("ML", new DateOnly(2013, 7, 1)), d => d.Id == "dep-004");
        Assert.Contains(await queries.ListAsync("ML", new DateOnly(2023, 12, 31)), d => d.Id == "dep-004");
        Assert.DoesNotContain(await queries.ListAsync("ML", new DateOnly(2013, 6, 30)), d => d.Id == "dep-004");
        Assert.DoesNotContain(await queries.ListAsync("ML", new DateOnly(2024, 1, 1)), d => d.Id == "dep-004");
    }

    [Fact]
    public async Task YearAndMonthDatesCoverTheirWholePeriod()
    {
        // EUCAP Sahel Niger: start 2012-07, end 2024.
        Assert.Contains(await queries.ListAsync("NE", new DateOnly(2012, 7, 1)), d => d.Id == "dep-008");
        Assert.Contains(await queries.ListAsync("NE", new DateOnly(2024, 12, 31)), d => d.Id == "dep-008");
        Assert.DoesNotContain(await queries.ListAsync("NE", new DateOnly(2012, 6, 30)), d => d.Id == "dep-008");
        Assert.DoesNotContain(await queries.ListAsync("NE", new DateOnly(2025, 1, 1)), d => d.Id == "dep-008");
    }

    [Fact]
    public async Task BarkhaneStrengthIsTheLatestFigureOnOrBeforeTheDate()
    {
        DeploymentDetail Barkhane(IReadOnlyList<DeploymentDetail> list) => Assert.Single(list, d => d.Id == "dep-002");

        var in2016 = Barkhane(await queries.ListAsync("NE", new DateOnly(2016, 1, 1)));
        var in2019 = Barkhane(await queries.ListAsync("TD", new DateOnly(2019, 12, 15)));
        var in2021 = Barkhane(await queries.ListAsync("ML", new DateOnly(2021, 8, 1)));

        Assert.Equal(3000, in2016.StrengthAsOf?.Troops);
        Assert.Equal("2014-08", in2016.StrengthAsOf?.AsOf);
        Assert.Equal(4500, in2019.StrengthAsOf?.Troops);
        Assert.Equal(5000, in2021.StrengthAsOf?.Troops);
        Assert.Equal(4, in2021.Strength.Count);
        Assert.Equal(["France", "United Kingdom", "Estonia", "Denmark"], in2021.Contributors);
        Assert.Equal(["ML", "NE", "BF", "TD", "MR"], in2021.Hosts.Select(h => h.Code));
        Assert.Equal(11, in2021.Sources.Count);
    }

    [Fact]
    public async Task NoFigureBeforeTheFirstOneMeansNoStrength()
    {
        var serval = Assert.Single(await queries.ListAsync("ML", new DateOnly(2013, 2, 1)), d => d.Id == "dep-001");
        Assert.Null(serval.StrengthAsOf);
        var april = Assert.Single(await queries.ListAsync("ML", new DateOnly(2013, 4, 30)), d => d.Id == "dep-001");
        Assert.Equal(1000, april.StrengthAsOf?.Troops);
    }

    [Fact]
    public async Task WithoutACountryEveryDeploymentPresentThatDayIsListed()
    {
        var all = await queries.ListAsync(null, new DateOnly(2015, 6, 1));
        Assert.Contains(all, d => d.Id == "dep-004");
        Assert.Contains(all, d => d.Id == "dep-009");
        Assert.DoesNotContain(all, d => d.Id == "dep-001");
        Assert.True(all.Count > (await queries.ListAsync("ML", new DateOnly(2015, 6, 1))).Count);
    }

    [Fact]
    public async Task AnOpenEndedDeploymentIsStillPresent()
    {
        var now = await queries.ListAsync("ML", new DateOnly(2025, 10, 1));
        Assert.Contains(now, d => d.Id == "dep-013");
        Assert.DoesNotContain(now, d => d.Id == "dep-012");
    }

    [Fact]
    public async Task ARetractedDeploymentIsNotListed()
    {
        var store = fixture.CopyTo(temp);
        await TestFacts.RetractAsync(store, "deployments", "dep-004", "test");
        Assert.DoesNotContain(await new DeploymentQueries(store).ListAsync("ML", new DateOnly(2015, 6, 1)), d => d.Id == "dep-004");
    }

    [Theory]
    [InlineData("2013", "2013-12-31", true)]
    [InlineData("2013-04", "2013-04-01", true)]
    [InlineData("2013-04-25", "2013-04-24", false)]
    [InlineData("2014", "2013-12-31", false)]
    public void PartialDatesCompareAtTheirOwnPrecision(string partial, string day, bool onOrBefore)
    {
        Assert.Equal(onOrBefore, PartialDate.IsOnOrBefore(partial, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
