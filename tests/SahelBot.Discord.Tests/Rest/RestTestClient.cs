using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SahelBot.Discord.Hosting;
using SahelBot.Discord.Rest;
using SahelBot.Discord.Testing;

namespace SahelBot.Discord.Tests.Rest;

/// <summary>Builds a <see cref="DiscordRestClient"/> pointed at a fake Discord with fast retries.</summary>
internal static class RestTestClient
{
    public const string Token = "test-token.abc.def";

    public static readonly RestRetryPolicy FastRetries = new()
    {
        BaseDelay = TimeSpan.FromMilliseconds(10),
        MaxDelay = TimeSpan.FromMilliseconds(50),
        AttemptTimeout = TimeSpan.FromSeconds(10),
    };

    public static DiscordRestClient Create(FakeDiscordServer server, TimeProvider? time = null, RestRetryPolicy? retry = null)
    {
        var clock = time ?? TimeProvider.System;
        var options = new DiscordOptions
        {
            Token = Token,
            ApplicationId = 1434874753845916506,
            ApiBaseUrl = server.ApiBaseUrl,
            UserAgentUrl = "https://example.org/sahelbot",
            UserAgentVersion = "9.9.9",
        };
        return new DiscordRestClient(
            new HttpClient(),
            Options.Create(options),
            new RestRateLimiter(clock),
            clock,
            NullLogger<DiscordRestClient>.Instance,
            retry ?? FastRetries);
    }
}
