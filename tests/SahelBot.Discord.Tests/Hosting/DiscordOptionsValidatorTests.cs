using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SahelBot.Discord.Hosting;

namespace SahelBot.Discord.Tests.Hosting;

public class DiscordOptionsValidatorTests
{
    private const string Token = "MTQzNDg3NDc1Mzg0NTkxNjUwNg.GhJkLm.abcdefghijklmnopqrstuvwxyz0123456789ABCD";
    private const string PublicKey = "d97130f6775e045838877971288697b80de58519cb57078ae517d9091e9d2639";

    private static DiscordOptions Valid() => new() { Token = Token, ApplicationId = 1434874753845916506, PublicKey = PublicKey, Mode = "http" };

    private static IReadOnlyList<string> Failures(DiscordOptions options) =>
        new DiscordOptionsValidator().Validate(null, options).Failures?.ToList() ?? [];

    [Fact]
    public void ValidHttpOptionsPass() => Assert.Empty(Failures(Valid()));

    [Fact]
    public void GatewayModeNeedsNoPublicKey()
    {
        var options = Valid();
        options.Mode = "gateway";
        options.PublicKey = "";

        Assert.Empty(Failures(options));
    }

    [Fact]
    public void DefaultsAreValidOnceTokenAndApplicationIdAreSet() =>
        Assert.Empty(Failures(new DiscordOptions { Token = Token, ApplicationId = 1434874753845916506 }));

    [Fact]
    public void MissingTokenIsNamed()
    {
        var options = Valid();
        options.Token = " ";

        Assert.Contains("Discord:Token is missing", Assert.Single(Failures(options)), StringComparison.Ordinal);
    }

    [Fact]
    public void TokenWithBotPrefixIsNamedWithoutEchoingIt()
    {
        var options = Valid();
        options.Token = "Bot " + Token;

        var failure = Assert.Single(Failures(options));
        Assert.Contains("Discord:Token must be the bare token", failure, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, failure, StringComparison.Ordinal);
    }

    [Fact]
    public void TokenWithInnerWhitespaceIsMalformed()
    {
        var options = Valid();
        options.Token = "abc def";

        Assert.Contains("Discord:Token is malformed", Assert.Single(Failures(options)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0UL)]
    [InlineData(12345UL)]
    public void ApplicationIdThatIsNoSnowflakeIsNamed(ulong id)
    {
        var options = Valid();
        options.ApplicationId = id;

        Assert.Contains("Discord:ApplicationId", Assert.Single(Failures(options)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("d97130f6775e045838877971288697b80de58519cb57078ae517d9091e9d26")]
    [InlineData("z97130f6775e045838877971288697b80de58519cb57078ae517d9091e9d2639")]
    public void MalformedPublicKeyInHttpModeIsNamed(string key)
    {
        var options = Valid();
        options.PublicKey = key;

        Assert.Contains("Discord:PublicKey must be", Assert.Single(Failures(options)), StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownModeIsNamed()
    {
        var options = Valid();
        options.Mode = "websocket";

        Assert.Contains("Discord:Mode must be \"gateway\" or \"http\"", Assert.Single(Failures(options)), StringComparison.Ordinal);
    }

    [Fact]
    public void ModeIsCaseInsensitive()
    {
        var options = Valid();
        options.Mode = "HTTP";

        Assert.Empty(Failures(options));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(-1, 1)]
    public void ShardIdOutsideShardCountIsNamed(int shardId, int shardCount)
    {
        var options = Valid();
        options.ShardId = shardId;
        options.ShardCount = shardCount;

        Assert.Contains("Discord:ShardId must be between 0 and ShardCount - 1", Assert.Single(Failures(options)), StringComparison.Ordinal);
    }

    [Fact]
    public void ZeroShardCountIsNamed()
    {
        var options = Valid();
        options.ShardCount = 0;

        Assert.Contains("Discord:ShardCount must be at least 1", Assert.Single(Failures(options)), StringComparison.Ordinal);
    }

    [Fact]
    public void RelativeApiBaseUrlIsNamed()
    {
        var options = Valid();
        options.ApiBaseUrl = "/api/v10";

        Assert.Contains("Discord:ApiBaseUrl", Assert.Single(Failures(options)), StringComparison.Ordinal);
    }

    [Fact]
    public void HttpGatewayOverrideIsNamed()
    {
        var options = Valid();
        options.GatewayUrlOverride = "http://127.0.0.1:5000";

        Assert.Contains("Discord:GatewayUrlOverride", Assert.Single(Failures(options)), StringComparison.Ordinal);
    }

    [Fact]
    public void MissingUserAgentUrlIsNamed()
    {
        var options = Valid();
        options.UserAgentUrl = "";

        Assert.Contains("Discord:UserAgentUrl", Assert.Single(Failures(options)), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryProblemIsNamedAtOnce()
    {
        var options = new DiscordOptions { Mode = "http", ShardId = 3, ShardCount = 1 };

        var failures = Failures(options);

        Assert.Equal(4, failures.Count);
        Assert.Contains(failures, f => f.Contains("Token", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("ApplicationId", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("PublicKey", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("ShardId", StringComparison.Ordinal));
    }

    [Fact]
    public void TokenConfiguredInAnotherSettingIsNotEchoed()
    {
        var options = Valid();
        options.UserAgentVersion = "1 " + Token;

        var failure = Assert.Single(Failures(options));
        Assert.DoesNotContain(Token, failure, StringComparison.Ordinal);
    }

    [Fact]
    public void OptionsBindFromTheDiscordSection()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = Token,
            ["Discord:ApplicationId"] = "1434874753845916506",
            ["Discord:PublicKey"] = PublicKey,
            ["Discord:Mode"] = "http",
            ["Discord:ShardId"] = "1",
            ["Discord:ShardCount"] = "2",
        }).Build();

        var options = configuration.GetSection(DiscordOptions.SectionName).Get<DiscordOptions>()!;

        Assert.Equal((1434874753845916506UL, "http", 1, 2), (options.ApplicationId, options.Mode, options.ShardId, options.ShardCount));
    }

    [Fact]
    public void ValidationFailureAtStartupNamesSettingsButNotTheToken()
    {
        var services = new ServiceCollection();
        services.AddOptions<DiscordOptions>().Configure(o =>
        {
            o.Token = "Bot " + Token;
            o.Mode = "http";
        });
        services.AddSingleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>();
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DiscordOptions>>().Value);

        Assert.Contains("Discord:ApplicationId", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToStringHidesTheToken() => Assert.DoesNotContain(Token, Valid().ToString(), StringComparison.Ordinal);
}
