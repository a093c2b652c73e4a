using SahelBot.Cli;
using SahelBot.Discord.Models;
using SahelBot.Features.Common;

namespace SahelBot.Tests.Cli;

public class InteractionScriptTests
{
    private static readonly IReadOnlyCollection<ApplicationCommand> Commands =
    [
        Definitions.Command("attacks", "a", "attaques", "a",
            SharedOptions.Country(required: true), SharedOptions.Since(), SharedOptions.MinDeaths(), IncidentKinds.Option()),
        Definitions.Command("ask", "q", "question", "q",
            Definitions.String("question", "q", "question", "q", required: true)),
        Definitions.Command("deployments", "d", "deploiements", "d",
            SharedOptions.Country(required: false), Definitions.String("as_of", "d", "a_la_date", "d")),
        Definitions.Command("about", "a", "a_propos", "a"),
    ];

    private static InteractionDataOption Option(Interaction interaction, string name) =>
        interaction.Data!.Options!.Single(o => o.Name == name);

    [Fact]
    public void BareWordFillsTheRequiredOptionAndNamedValuesAreTyped()
    {
        var interaction = InteractionScript.Parse("/attacks niger since:2019 min_deaths:10", Commands, "fr", 42);

        Assert.Equal(InteractionType.ApplicationCommand, interaction.Type);
        Assert.Equal("attacks", interaction.Data!.Name);
        Assert.Equal("fr", interaction.Locale);
        Assert.Equal("niger", Option(interaction, "country").Value!.Value.GetString());
        Assert.Equal("2019", Option(interaction, "since").Value!.Value.GetString());
        Assert.Equal(10, Option(interaction, "min_deaths").Value!.Value.GetInt64());
    }

    [Fact]
    public void LastRequiredTextOptionTakesTheRestOfTheWords()
    {
        var interaction = InteractionScript.Parse("/ask who claimed the Inates attack?", Commands, "en-US", 1);

        Assert.Equal("who claimed the Inates attack?", Option(interaction, "question").Value!.Value.GetString());
    }

    [Fact]
    public void WithoutRequiredOptionsBareWordsFillTheOptionsInOrder()
    {
        var interaction = InteractionScript.Parse("/deployments mali 2015", Commands, "en-US", 1);

        Assert.Equal("mali", Option(interaction, "country").Value!.Value.GetString());
        Assert.Equal("2015", Option(interaction, "as_of").Value!.Value.GetString());
    }

    [Fact]
    public void QuotedValueKeepsItsSpaces()
    {
        var interaction = InteractionScript.Parse("/attacks country:\"burkina faso\"", Commands, "en-US", 1);

        Assert.Equal("burkina faso", Option(interaction, "country").Value!.Value.GetString());
    }

    [Theory]
    [InlineData("attacks niger", "slash command")]
    [InlineData("/nosuch niger", "unknown command /nosuch")]
    [InlineData("/attacks", "missing required option \"country\"")]
    [InlineData("/attacks niger min_deaths:ten", "min_deaths expects a whole number")]
    [InlineData("/attacks niger colour:red", "has no option \"colour\"")]
    [InlineData("/about extra", "unexpected \"extra\"")]
    [InlineData("/attacks niger kind:picnic", "kind must be one of")]
    [InlineData("/attacks \"niger", "unbalanced")]
    public void MalformedInputIsRejectedWithAClearMessage(string text, string expected)
    {
        var error = Assert.Throws<CommandLineError>(() => InteractionScript.Parse(text, Commands, "en-US", 1));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
