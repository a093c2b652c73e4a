using SahelBot.Facts.Tests.Support;
using SahelBot.Facts.Writes;

namespace SahelBot.Facts.Tests.Writes;

public sealed class ChangeTests(CuratedStoreFixture fixture) : WriterTestBase(fixture)
{
    private const string NewSource = "https://example.org/correction";

    [Fact]
    public async Task AnEditKeepsTheOldValueInTheAuditRowAndCitesItsSource()
    {
        await Writer.AddIncidentAsync(Incident(), Curator);

        var result = await Writer.EditAsync("inc-110", "deaths_max", "20", NewSource, expectedVersion: 1, Curator);

        Assert.Equal(2, result.Version);
        Assert.Equal(20, await ScalarAsync<long>("SELECT deaths_max FROM incidents WHERE id = 'inc-110'"));
        var edit = (await AuditAsync("inc-110"))[1];
        Assert.Equal("update", edit.Action);
        Assert.Equal(NewSource, edit.Reason);
        var entry = new AuditEntry(2, DateTimeOffset.UnixEpoch, "42", CuratorGuild, edit.Action, edit.Before, edit.After, edit.Reason);
        Assert.Equal(
            [
                new FieldChange("deaths_max", "15", "20"),
                new FieldChange("sources", null, "src-699 https://example.org/correction", IsList: true),
            ],
            entry.Changes());
    }

    [Fact]
    public async Task TheSecondOfTwoEditsThatReadTheSameVersionIsRefusedAndTheFirstIsKept()
    {
        await Writer.AddIncidentAsync(Incident(), Curator);
        await Writer.EditAsync("inc-110", "deaths_max", "20", NewSource, expectedVersion: 1, Curator);
        var before = Dump();

        var error = await Assert.ThrowsAsync<FactWriteException>(() => Writer.EditAsync("inc-110", "deaths_max", "30", NewSource, expectedVersion: 1, Curator));

        Assert.Equal(FactWriteError.VersionConflict, error.Error);
        Assert.Equal("2", error.Detail);
        Assert.Equal(before, Dump());
        Assert.Equal(20, await ScalarAsync<long>("SELECT deaths_max FROM incidents WHERE id = 'inc-110'"));
    }

    [Fact]
    public async Task OfTwoEditsRacingFromTheSameVersionExactlyOneIsStored()
    {
        await Writer.AddIncidentAsync(Incident(), Curator);
        var other = new FactWriter(new FactStore(Store.DatabasePath), new FixedClock(FixedClock.Default));

        var outcomes = await Task.WhenAll(
            Attempt(() => Writer.EditAsync("inc-110", "deaths_max", "20", NewSource, 1, Curator)),
            Attempt(() => other.EditAsync("inc-110", "deaths_max", "30", NewSource, 1, Curator)));

        Assert.Single(outcomes, o => o is null);
        Assert.Single(outcomes, o => o == FactWriteError.VersionConflict);
        Assert.Equal(2, await ScalarAsync<long>("SELECT version FROM incidents WHERE id = 'inc-110'"));
        Assert.Equal(2, (await AuditAsync("inc-110")).Count);
    }

    private static async Task<FactWriteError?> Attempt(Func<Task> write)
    {
        await Task.Yield();
        try
        {
            await write();
            return null;
        }
        catch (FactWriteException error)
        {
            return error.Error;
        }
    }

    [Theory]
    [InlineData("deaths_min", "40", FactWriteError.InvertedRange)]
    [InlineData("deaths_max", "-3", FactWriteError.NegativeNumber)]
    [InlineData("deaths_max", "many", FactWriteError.BadNumber)]
    [InlineData("date", "2030-01-01", FactWriteError.DateInFuture)]
    [InlineData("kind", "picnic", FactWriteError.UnknownKind)]
    [InlineData("group", "grp-999", FactWriteError.UnknownGroup)]
    [InlineData("colour", "red", FactWriteError.UnknownField)]
    [InlineData("founded", "2015", FactWriteError.FieldNotApplicable)]
    public async Task AnInvalidCorrectionIsRefusedAndNothingIsWritten(string field, string value, FactWriteError expected)
    {
        await Writer.AddIncidentAsync(Incident(), Curator);
        var before = Dump();

        var error = await Assert.ThrowsAsync<FactWriteException>(() => Writer.EditAsync("inc-110", field, value, NewSource, null, Curator));

        Assert.Equal(expected, error.Error);
        Assert.Equal(before, Dump());
    }

    [Fact]
    public async Task AKindOrTargetInAnyCaseIsStoredAsTheListWritesIt()
    {
        await Writer.EditAsync("inc-001", "kind", "ied", NewSource, null, Curator);
        await Writer.EditAsync("inc-001", "target", "un peacekeepers", NewSource, null, Curator);

        Assert.Equal("IED|UN peacekeepers", await ScalarAsync<string>("SELECT kind || '|' || target FROM incidents WHERE id = 'inc-001'"));
    }

    [Fact]
    public async Task AnEditNeedsAnHttpSource()
    {
        var error = await Assert.ThrowsAsync<FactWriteException>(() => Writer.EditAsync("inc-001", "deaths_max", "80", "javascript:alert(1)", null, Curator));

        Assert.Equal(FactWriteError.SourceUrlNotHttp, error.Error);
    }

    [Fact]
    public async Task AnUnknownIdIsRefused()
    {
        var error = await Assert.ThrowsAsync<FactWriteException>(() => Writer.RetractAsync("inc-999", "wrong", Curator));

        Assert.Equal(FactWriteError.UnknownFact, error.Error);
    }

    [Fact]
    public async Task RetractAndRestoreAreAuditedWithTheReason()
    {
        await Writer.RetractAsync("inc-001", "double count", Curator);
        Assert.Equal("double count", await ScalarAsync<string>("SELECT retracted_reason FROM incidents WHERE id = 'inc-001'"));
        var twice = await Assert.ThrowsAsync<FactWriteException>(() => Writer.RetractAsync("inc-001", "again", Curator));

        await Writer.RestoreAsync("inc-001", Curator);

        Assert.Equal(FactWriteError.AlreadyRetracted, twice.Error);
        Assert.Null(await ScalarAsync<string?>("SELECT retracted_at FROM incidents WHERE id = 'inc-001'"));
        var audit = await AuditAsync("inc-001");
        Assert.Equal(["retract", "restore"], audit.Select(a => a.Action));
        Assert.Equal("double count", audit[0].Reason);
        Assert.Contains("\"retracted_reason\":\"double count\"", audit[0].After, StringComparison.Ordinal);
        Assert.Contains("\"retracted_at\":null", audit[1].After, StringComparison.Ordinal);
        Assert.Equal(3, await ScalarAsync<long>("SELECT version FROM incidents WHERE id = 'inc-001'"));
    }

    [Fact]
    public async Task AnotherServersModeratorCannotChangeAPublishedFact()
    {
        var before = Dump();

        var errors = new[]
        {
            await Assert.ThrowsAsync<FactWriteException>(() => Writer.RetractAsync("inc-001", "nope", Elsewhere)),
            await Assert.ThrowsAsync<FactWriteException>(() => Writer.EditAsync("inc-001", "deaths_max", "1", NewSource, null, Elsewhere)),
            await Assert.ThrowsAsync<FactWriteException>(() => Writer.AddSourcesAsync("inc-001", [NewSource], Elsewhere)),
            await Assert.ThrowsAsync<FactWriteException>(() => Writer.AddStrengthAsync("dep-002", "2020", 5100, NewSource, Elsewhere)),
            await Assert.ThrowsAsync<FactWriteException>(() => Writer.AdoptAsync("inc-001", Elsewhere)),
        };

        Assert.Equal(
            [FactWriteError.PublishedFact, FactWriteError.PublishedFact, FactWriteError.PublishedFact, FactWriteError.PublishedFact, FactWriteError.CuratorsOnly],
            errors.Select(e => e.Error));
        Assert.Equal(before, Dump());
    }

    [Fact]
    public async Task AServerOnlyFactIsInvisibleToOtherServersAndAdoptedByACurator()
    {
        await Writer.AddIncidentAsync(Incident(), Elsewhere);
        var stranger = new WriteActor(44, 777, Publishes: false);
        var hidden = await Assert.ThrowsAsync<FactWriteException>(() => Writer.RetractAsync("inc-110", "x", stranger));

        await Writer.AdoptAsync("inc-110", Curator);

        Assert.Equal(FactWriteError.UnknownFact, hidden.Error);
        Assert.Null(await ScalarAsync<long?>("SELECT guild_id FROM incidents WHERE id = 'inc-110'"));
        Assert.Null(await ScalarAsync<long?>("SELECT guild_id FROM sources WHERE id = 'src-698'"));
        var adopted = await Assert.ThrowsAsync<FactWriteException>(() => Writer.AdoptAsync("inc-110", Curator));
        Assert.Equal(FactWriteError.AlreadyPublished, adopted.Error);
    }

    [Fact]
    public async Task ASourceIsAddedOnceToAnIncidentGroupOrDeployment()
    {
        await Writer.AddSourcesAsync("inc-001", [NewSource], Curator);
        await Writer.AddSourcesAsync("grp-001", [NewSource], Curator);
        await Writer.AddSourcesAsync("dep-001", [NewSource], Curator);
        var again = await Assert.ThrowsAsync<FactWriteException>(() => Writer.AddSourcesAsync("inc-001", [NewSource], Curator));

        Assert.Equal(FactWriteError.SourceAlreadyCited, again.Error);
        Assert.Equal(1, await ScalarAsync<long>("SELECT count(*) FROM sources WHERE url = @Url", new { Url = NewSource }));
        Assert.Equal(12, await ScalarAsync<long>("SELECT max(ordinal) FROM incident_sources WHERE incident_id = 'inc-001'"));
        Assert.Equal(["add-source"], (await AuditAsync("grp-001")).Select(a => a.Action));
    }

    [Fact]
    public async Task AGroupAndATroopFigureAreAddedWithTheirSources()
    {
        var group = await Writer.AddGroupAsync(new NewGroup("Katiba Test", ["KT"], "al-Qaeda", ["ML", "BF"], "2020", "A test group.", NewSource), Curator);
        await Writer.AddStrengthAsync("dep-002", "2021-06", 5100, "https://example.org/barkhane", Curator);

        Assert.Equal("grp-022", group.Id);
        Assert.Equal("ML BF", await ScalarAsync<string>("SELECT group_concat(country_code, ' ') FROM (SELECT country_code FROM group_countries WHERE group_id = 'grp-022' ORDER BY ordinal)"));
        Assert.Equal(5100, await ScalarAsync<long>("SELECT troops FROM deployment_strength WHERE deployment_id = 'dep-002' AND as_of = '2021-06'"));
        var strength = Assert.Single(await AuditAsync("dep-002"));
        Assert.Equal("add-strength", strength.Action);
        Assert.Contains("2021-06: 5100", strength.After, StringComparison.Ordinal);
        Assert.DoesNotContain("2021-06: 5100", strength.Before, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATroopFigureInTheFutureOrNegativeIsRefused()
    {
        var future = await Assert.ThrowsAsync<FactWriteException>(() => Writer.AddStrengthAsync("dep-002", "2027", 10, NewSource, Curator));
        var negative = await Assert.ThrowsAsync<FactWriteException>(() => Writer.AddStrengthAsync("dep-002", "2020", -1, NewSource, Curator));

        Assert.Equal(FactWriteError.DateInFuture, future.Error);
        Assert.Equal(FactWriteError.NegativeNumber, negative.Error);
    }

    [Fact]
    public async Task TheHistoryListsEveryChangeOldestFirst()
    {
        await Writer.AddIncidentAsync(Incident(), Curator);
        await Writer.EditAsync("inc-110", "deaths_max", "20", NewSource, 1, Curator);
        await Writer.RetractAsync("inc-110", "wrong village", Curator);

        var history = await new FactHistory(Store).ListAsync("inc-110", CuratorGuild, curator: true);

        Assert.Equal(["add", "update", "retract"], history!.Select(h => h.Action));
        Assert.Equal([1, 2, 3], history!.Select(h => h.VersionAfter ?? 0));
        Assert.Null(await new FactHistory(Store).ListAsync("inc-999", CuratorGuild, curator: true));
    }
}
