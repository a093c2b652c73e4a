using SahelBot.Cli;
using SahelBot.Discord.Testing.Interactions;

namespace SahelBot.Tests.EndToEnd;

public sealed class RegisterCommandsTests
{
    [Fact]
    public async Task GlobalRegistrationBulkOverwritesEveryDefinitionWithFrenchLocalizations()
    {
        await using var running = await RunningBot.StartAsync("http", new InteractionSigner().PublicKeyHex);

        var registered = await CommandsVerb.RegisterAsync(running.App.Services, RunningBot.ApplicationId, guildId: null, CancellationToken.None);

        var request = Assert.Single(running.Discord.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal($"/api/v10/applications/{RunningBot.ApplicationId}/commands", request.Path);
        var sent = request.Body!.AsArray();
        Assert.Equal(registered.Count, sent.Count);
        Assert.Contains(sent, c => c!["name"]!.GetValue<string>() == "attacks" && c["name_localizations"]!["fr"]!.GetValue<string>() == "attaques");
        Assert.All(sent, c => Assert.NotNull(c!["contexts"]));
    }

    [Fact]
    public async Task GuildRegistrationGoesToThatServerOnlyWithoutGlobalOnlyFields()
    {
        await using var running = await RunningBot.StartAsync("http", new InteractionSigner().PublicKeyHex);

        await CommandsVerb.RegisterAsync(running.App.Services, RunningBot.ApplicationId, guildId: 842732981454065414, CancellationToken.None);

        var request = Assert.Single(running.Discord.Requests);
        Assert.Equal($"/api/v10/applications/{RunningBot.ApplicationId}/guilds/842732981454065414/commands", request.Path);
        Assert.All(request.Body!.AsArray(), c => Assert.Null(c!["contexts"]));
    }
}
