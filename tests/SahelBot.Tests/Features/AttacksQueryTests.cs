using SahelBot.Features.Attacks;

namespace SahelBot.Tests.Features;

public class AttacksQueryTests
{
    [Fact]
    public void CustomIdCarriesTheWholeQueryAndPageWithinDiscordsLimit()
    {
        var query = new AttacksQuery("NE", new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31), "grp-002", 10, "ambush");

        var id = query.ToCustomId(3);
        var parsed = AttacksQuery.FromCustomId(id.Split(':')[1..]);

        Assert.True(id.Length <= 100);
        Assert.NotNull(parsed);
        Assert.Equal(query, parsed.Value.Query);
        Assert.Equal(3, parsed.Value.PageIndex);
    }

    [Fact]
    public void OptionalPartsMayBeEmpty()
    {
        var query = new AttacksQuery("ML", null, null, null, null, null);

        var parsed = AttacksQuery.FromCustomId(query.ToCustomId(0).Split(':')[1..]);

        Assert.Equal(query, parsed!.Value.Query);
    }

    [Theory]
    [InlineData("x:NE:::::")]
    [InlineData("1:NE:2019:::::")]
    [InlineData("1:NE:20190101::grp-001:ten:")]
    [InlineData("1:NE:::::99")]
    public void ForgedOrStaleIdsAreRejected(string parts)
    {
        Assert.Null(AttacksQuery.FromCustomId(parts.Split(':')));
    }
}
