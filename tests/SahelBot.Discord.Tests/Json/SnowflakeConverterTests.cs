using SahelBot.Discord.Json;
using SahelBot.Discord.Models;

namespace SahelBot.Discord.Tests.Json;

public class SnowflakeConverterTests
{
    [Fact]
    public void SnowflakeIsWrittenAsString() =>
        Assert.Equal("""{"id":"18446744073709551615","username":""}""", DiscordJson.Serialize(new User { Id = ulong.MaxValue }));

    [Fact]
    public void SnowflakeIsReadFromString() =>
        Assert.Equal(1434874753845916506UL, DiscordJson.Deserialize<User>("""{"id":"1434874753845916506"}""")!.Id);

    [Fact]
    public void SnowflakeIsReadFromNumber() =>
        Assert.Equal(3UL, DiscordJson.Deserialize<InteractionData>("""{"id":3}""")!.Id);

    [Fact]
    public void NullableSnowflakeIsWrittenAsString() =>
        Assert.Equal("""{"id":"0","type":0,"guild_id":"842732981454065414"}""", DiscordJson.Serialize(new Channel { GuildId = 842732981454065414 }));

    [Fact]
    public void NullSnowflakeIsReadAsNull() =>
        Assert.Null(DiscordJson.Deserialize<Channel>("""{"id":"1","type":0,"parent_id":null}""")!.ParentId);

    [Fact]
    public void SnowflakeListIsWrittenAsStrings() =>
        Assert.Equal("""{"roles":["1","2"]}""", DiscordJson.Serialize(new GuildMember { Roles = [1, 2] }));

    [Fact]
    public void SnowflakeListIsReadFromStringsAndNumbers() =>
        Assert.Equal([5UL, 6UL], DiscordJson.Deserialize<GuildMember>("""{"roles":["5",6]}""")!.Roles!);

    [Theory]
    [InlineData("\"abc\"")]
    [InlineData("\"-1\"")]
    [InlineData("\"18446744073709551616\"")]
    [InlineData("true")]
    [InlineData("-5")]
    public void MalformedSnowflakeIsRejected(string id) =>
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => DiscordJson.Deserialize<User>($$"""{"id":{{id}}}"""));
}
