using SahelBot.Facts.Import;
using SahelBot.Facts.Tests.Support;

namespace SahelBot.Facts.Tests.Import;

public sealed class ActorMatcherTests(CuratedStoreFixture fixture) : IClassFixture<CuratedStoreFixture>
{
    [Theory]
    [InlineData("JNIM: Group for Support of Islam and Muslims", "grp-001")]
    [InlineData("JNIM", "grp-001")]
    [InlineData("Islamic State (Greater Sahara)", "grp-002")]
    [InlineData("Islamic State (West Africa) - Greater Sahara Faction", "grp-002")]
    [InlineData("Islamic State (West Africa)", "grp-010")]
    [InlineData("AQIM: Al Qaeda in the Islamic Maghreb", "grp-003")]
    [InlineData("Al Mourabitoune Battalion", "grp-006")]
    [InlineData("Katiba Macina", "grp-007")]
    [InlineData("Ansaroul Islam", "grp-008")]
    [InlineData("Koglweogo Militia", "grp-015")]
    [InlineData("VDP: Volunteer for Defense of Homeland", "grp-016")]
    [InlineData("GATIA: Imghad Tuareg and Allies Self-Defense Group", "grp-021")]
    [InlineData("Dan Na Ambassagou", "grp-014")]
    public void DatasetActorNamesMatchTheKnownGroup(string name, string groupId)
    {
        using var connection = fixture.Store.OpenReadOnlyConnection();
        Assert.Equal(groupId, ActorMatcher.Load(connection).Match(name));
    }

    [Theory]
    [InlineData("JNIM: Group for Support of Islam and Muslims and/or Islamic State (West Africa) - Greater Sahara Faction")]
    [InlineData("IS")]
    [InlineData("Military Forces of Mali (2013-2020)")]
    [InlineData("Civilians (Mali)")]
    [InlineData("Unidentified Armed Group (Mali)")]
    public void UncertainOrUnknownNamesStayText(string name)
    {
        using var connection = fixture.Store.OpenReadOnlyConnection();
        Assert.Null(ActorMatcher.Load(connection).Match(name));
    }
}
