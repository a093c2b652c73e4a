using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SahelBot.Discord.Hosting;
using SahelBot.Discord.Interactions;

namespace SahelBot.Discord.Tests.Interactions;

public class InteractionServiceCollectionExtensionsTests
{
    [Fact]
    public void DiscordOptionsAreValidatedWhenInteractionsAreAdded()
    {
        var services = new ServiceCollection();
        services.AddOptions<DiscordOptions>().Configure(o => o.Mode = "http");
        services.AddDiscordInteractions();
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DiscordOptions>>().Value);

        Assert.Contains("Discord:PublicKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidatorIsRegisteredOnceWhenAddedTwice()
    {
        var services = new ServiceCollection();
        services.AddDiscordInteractions();
        services.AddDiscordInteractions();

        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<DiscordOptions>));
    }

    [Fact]
    public void DeferDeadlineCanBeConfigured()
    {
        var services = new ServiceCollection();
        services.AddDiscordInteractions(o => o.DeferAfter = TimeSpan.FromSeconds(1));
        using var provider = services.BuildServiceProvider();

        Assert.Equal(TimeSpan.FromSeconds(1), provider.GetRequiredService<IOptions<DiscordInteractionOptions>>().Value.DeferAfter);
    }
}
