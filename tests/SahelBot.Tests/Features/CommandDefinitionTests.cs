using SahelBot.Discord.Commands;
using SahelBot.Tests.Support;

namespace SahelBot.Tests.Features;

public sealed class CommandDefinitionTests : IDisposable
{
    private readonly BotUnderTest _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public void EveryCommandDefinitionObeysDiscordsRules()
    {
        var problems = _bot.Definitions.SelectMany(ApplicationCommandRules.Validate).ToList();

        Assert.Empty(problems);
        Assert.True(_bot.Definitions.Count >= 6);
    }

    [Fact]
    public void EveryCommandAndOptionHasAFrenchNameAndDescription()
    {
        foreach (var command in _bot.Definitions)
        {
            Assert.True(command.NameLocalizations?.ContainsKey("fr"), command.Name);
            Assert.True(command.DescriptionLocalizations?.ContainsKey("fr"), command.Name);
            foreach (var option in Flatten(command.Options ?? []))
            {
                Assert.True(option.NameLocalizations?.ContainsKey("fr"), $"{command.Name} {option.Name}");
                Assert.True(option.DescriptionLocalizations?.ContainsKey("fr"), $"{command.Name} {option.Name}");
            }
        }
    }

    [Fact]
    public void CommandNamesAreUnique()
    {
        Assert.Equal(_bot.Definitions.Count, _bot.Definitions.Select(c => c.Name).Distinct().Count());
    }

    private static IEnumerable<Discord.Models.ApplicationCommandOption> Flatten(IEnumerable<Discord.Models.ApplicationCommandOption> options) =>
        options.SelectMany(o => new[] { o }.Concat(Flatten(o.Options ?? [])));
}
