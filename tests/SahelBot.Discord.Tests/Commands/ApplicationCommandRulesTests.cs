using System.Text.Json;
using SahelBot.Discord.Commands;
using SahelBot.Discord.Models;
using Choice = SahelBot.Discord.Models.ApplicationCommandOptionChoice;
using OptionType = SahelBot.Discord.Models.ApplicationCommandOptionType;

namespace SahelBot.Discord.Tests.Commands;

public class ApplicationCommandRulesTests
{
    private static ApplicationCommandOption Param(string name, OptionType type = OptionType.String, bool? required = null) =>
        new() { Type = type, Name = name, Description = "d", Required = required };

    private static ApplicationCommandOption Sub(string name, params ApplicationCommandOption[] options) =>
        new() { Type = OptionType.SubCommand, Name = name, Description = "d", Options = options };

    private static ApplicationCommandOption Group(string name, params ApplicationCommandOption[] options) =>
        new() { Type = OptionType.SubCommandGroup, Name = name, Description = "d", Options = options };

    private static ApplicationCommand Command(params ApplicationCommandOption[] options) =>
        new() { Name = "incidents", Description = "Recent incidents", Options = options };

    private static Dictionary<string, string> Loc(string locale, string text) => new() { [locale] = text };

    private static string OnlyError(ApplicationCommand command) => Assert.Single(ApplicationCommandRules.Validate(command));

    [Fact]
    public void ValidCommandWithGroupsSubcommandsAndParametersPasses()
    {
        var command = new ApplicationCommand
        {
            Name = "incidents",
            Description = "Recent incidents",
            DefaultMemberPermissions = "32",
            Contexts = [0],
            IntegrationTypes = [0],
            NameLocalizations = Loc("fr", "incidents"),
            DescriptionLocalizations = Loc("fr", "Incidents récents"),
            Options =
            [
                Sub(
                    "recent",
                    new() { Type = OptionType.String, Name = "country", Description = "Country", Required = true, Autocomplete = true },
                    new() { Type = OptionType.Integer, Name = "limit", Description = "How many", MinValue = 1, MaxValue = 25 },
                    new() { Type = OptionType.Channel, Name = "channel", Description = "Where", ChannelTypes = [0, 5] },
                    new() { Type = OptionType.String, Name = "kind", Description = "Kind", Choices = [Choice.String("Attack", "attack")], MaxLength = 40 }),
                Group("by", Sub("group", Param("name", required: true))),
            ],
        };

        Assert.Empty(ApplicationCommandRules.Validate(command));
    }

    [Theory]
    [InlineData("attaques")]
    [InlineData("groupe-armé")]
    [InlineData("don't")]
    [InlineData("a_1")]
    [InlineData("हमले")]
    [InlineData("การโจมตี")]
    [InlineData("攻撃")]
    public void NamesFollowingThePatternPass(string name) =>
        Assert.Empty(ApplicationCommandRules.Validate(new ApplicationCommand { Name = name, Description = "d" }));

    [Theory]
    [InlineData("")]
    [InlineData("two words")]
    [InlineData("slash/name")]
    [InlineData("emoji😀")]
    [InlineData("abcdefghijabcdefghijabcdefghijabc")]
    public void NameBreakingThePatternIsReported(string name) =>
        Assert.Contains("must be 1-32 letters", OnlyError(new ApplicationCommand { Name = name, Description = "d" }), StringComparison.Ordinal);

    [Fact]
    public void UppercaseNameIsReported() =>
        Assert.Equal("/Incidents: name \"Incidents\" must be lowercase", OnlyError(new ApplicationCommand { Name = "Incidents", Description = "d" }));

    [Fact]
    public void EmptyDescriptionIsReported() =>
        Assert.Equal("/about: description must be 1-100 characters", OnlyError(new ApplicationCommand { Name = "about", Description = " " }));

    [Fact]
    public void DescriptionOver100IsReported() =>
        Assert.Equal("/about: description must be 1-100 characters", OnlyError(new ApplicationCommand { Name = "about", Description = new string('d', 101) }));

    [Fact]
    public void OptionMessagesNameTheOptionPath() =>
        Assert.Equal("/incidents recent country: description must be 1-100 characters", OnlyError(Command(Sub("recent", new ApplicationCommandOption { Type = OptionType.String, Name = "country", Description = "" }))));

    [Fact]
    public void MoreThan25TopLevelOptionsAreReported() =>
        Assert.Equal("/incidents: 26 options; at most 25 are allowed", OnlyError(Command([.. Enumerable.Range(0, 26).Select(i => Param($"o{i}"))])));

    [Fact]
    public void MoreThan25NestedOptionsAreReported() =>
        Assert.Equal("/incidents recent: 26 options; at most 25 are allowed", OnlyError(Command(Sub("recent", [.. Enumerable.Range(0, 26).Select(i => Param($"o{i}"))]))));

    [Fact]
    public void RequiredAfterOptionalIsReported() =>
        Assert.Equal("/incidents country: required options must come before optional ones", OnlyError(Command(Param("limit", OptionType.Integer), Param("country", required: true))));

    [Fact]
    public void DuplicateOptionNamesAreReported() =>
        Assert.Equal("/incidents: option name \"country\" is used 2 times", OnlyError(Command(Param("country"), Param("country"))));

    [Fact]
    public void DuplicateLocalizedOptionNamesAreReported()
    {
        var a = new ApplicationCommandOption { Type = OptionType.String, Name = "country", Description = "d", NameLocalizations = Loc("fr", "pays") };
        var b = new ApplicationCommandOption { Type = OptionType.String, Name = "land", Description = "d", NameLocalizations = Loc("fr", "pays") };

        Assert.Equal("/incidents: option name \"pays\" is used 2 times in locale fr", OnlyError(Command(a, b)));
    }

    [Fact]
    public void MoreThan25ChoicesAreReported()
    {
        var option = new ApplicationCommandOption { Type = OptionType.String, Name = "country", Description = "d", Choices = [.. Enumerable.Range(0, 26).Select(i => Choice.String($"c{i}", $"v{i}"))] };

        Assert.Equal("/incidents country: 26 choices; at most 25 are allowed", OnlyError(Command(option)));
    }

    [Fact]
    public void ChoicesWithAutocompleteAreReported()
    {
        var option = new ApplicationCommandOption { Type = OptionType.String, Name = "country", Description = "d", Autocomplete = true, Choices = [Choice.String("Mali", "ML")] };

        Assert.Equal("/incidents country: choices and autocomplete cannot be used together", OnlyError(Command(option)));
    }

    [Fact]
    public void ChoicesOnBooleanAreReported()
    {
        var option = new ApplicationCommandOption { Type = OptionType.Boolean, Name = "public", Description = "d", Choices = [Choice.String("yes", "y")] };

        Assert.Contains("/incidents public: choices are only allowed on string, integer and number options", ApplicationCommandRules.Validate(Command(option)));
    }

    [Fact]
    public void AutocompleteOnUserIsReported()
    {
        var option = new ApplicationCommandOption { Type = OptionType.User, Name = "who", Description = "d", Autocomplete = true };

        Assert.Equal("/incidents who: autocomplete is only allowed on string, integer and number options", OnlyError(Command(option)));
    }

    [Fact]
    public void ChoiceValueOfWrongTypeIsReported()
    {
        var option = new ApplicationCommandOption { Type = OptionType.Integer, Name = "limit", Description = "d", Choices = [Choice.String("five", "5")] };

        Assert.Equal("/incidents limit choice \"five\": value 5 does not match the option type Integer", OnlyError(Command(option)));
    }

    [Fact]
    public void FractionalValueForIntegerChoiceIsReported()
    {
        var option = new ApplicationCommandOption { Type = OptionType.Integer, Name = "limit", Description = "d", Choices = [Choice.Number("half", 0.5)] };

        Assert.Contains("does not match the option type Integer", OnlyError(Command(option)), StringComparison.Ordinal);
    }

    [Fact]
    public void ChoiceStringValueOver100IsReported()
    {
        var option = new ApplicationCommandOption { Type = OptionType.String, Name = "country", Description = "d", Choices = [Choice.String("long", new string('v', 101))] };

        Assert.Equal("/incidents country choice \"long\": string value must be at most 100 characters", OnlyError(Command(option)));
    }

    [Fact]
    public void EmptyChoiceNameIsReported()
    {
        var option = new ApplicationCommandOption { Type = OptionType.String, Name = "country", Description = "d", Choices = [Choice.String("", "ML")] };

        Assert.Equal("/incidents country choice \"\": choice name must be 1-100 characters", OnlyError(Command(option)));
    }

    [Fact]
    public void SubcommandsMixedWithParametersAreReported() =>
        Assert.Equal("/incidents: subcommands and subcommand groups cannot be mixed with other options", OnlyError(Command(Sub("recent"), Param("country"))));

    [Fact]
    public void GroupInsideGroupIsReported() =>
        Assert.Contains("/incidents a b: a subcommand group can only sit at the top level of a command", ApplicationCommandRules.Validate(Command(Group("a", Group("b", Sub("c"))))));

    [Fact]
    public void SubcommandInsideSubcommandIsReported() =>
        Assert.Equal("/incidents a b: a subcommand cannot be nested inside another subcommand", OnlyError(Command(Sub("a", Sub("b")))));

    [Fact]
    public void ParameterDirectlyInGroupIsReported() =>
        Assert.Equal("/incidents a country: a subcommand group may only contain subcommands", OnlyError(Command(Group("a", Param("country")))));

    [Fact]
    public void EmptyGroupIsReported() =>
        Assert.Equal("/incidents a: a subcommand group needs at least one subcommand", OnlyError(Command(Group("a"))));

    [Fact]
    public void NestedOptionsOnParameterAreReported()
    {
        var option = new ApplicationCommandOption { Type = OptionType.String, Name = "country", Description = "d", Options = [Param("x")] };

        Assert.Equal("/incidents country: only subcommands and groups can have nested options", OnlyError(Command(option)));
    }

    [Fact]
    public void UnknownLocaleKeyIsReported()
    {
        var command = new ApplicationCommand { Name = "about", Description = "d", DescriptionLocalizations = Loc("fr-FR", "À propos") };

        Assert.Equal("/about: description_localizations uses \"fr-FR\", which is not a Discord locale", OnlyError(command));
    }

    [Fact]
    public void ArabicLocaleIsReported()
    {
        var command = new ApplicationCommand { Name = "about", Description = "d", NameLocalizations = Loc("ar", "about") };

        Assert.Equal("/about: name_localizations uses \"ar\", which is not a Discord locale", OnlyError(command));
    }

    [Fact]
    public void AllThirtyTwoLocalesAreAccepted()
    {
        var names = DiscordLocales.All.ToDictionary(l => l, _ => "about");

        Assert.Equal(32, names.Count);
        Assert.Empty(ApplicationCommandRules.Validate(new ApplicationCommand { Name = "about", Description = "d", NameLocalizations = names }));
    }

    [Fact]
    public void LocalizedNameBreakingThePatternIsReported()
    {
        var command = new ApplicationCommand { Name = "about", Description = "d", NameLocalizations = Loc("fr", "à propos") };

        Assert.Contains("/about: name for fr \"à propos\" must be 1-32 letters", OnlyError(command), StringComparison.Ordinal);
    }

    [Fact]
    public void UppercaseLocalizedNameIsReported()
    {
        var command = new ApplicationCommand { Name = "about", Description = "d", NameLocalizations = Loc("de", "Über") };

        Assert.Equal("/about: name for de \"Über\" must be lowercase", OnlyError(command));
    }

    [Fact]
    public void LocalizedDescriptionOver100IsReported()
    {
        var option = new ApplicationCommandOption { Type = OptionType.String, Name = "country", Description = "d", DescriptionLocalizations = Loc("fr", new string('d', 101)) };

        Assert.Equal("/incidents country: description for fr must be 1-100 characters", OnlyError(Command(option)));
    }

    /// <summary>25 + 25 × (3 + 100 + 200 + secondChoiceName + 8) characters.</summary>
    private static ApplicationCommand LargeCommand(int secondChoiceName) =>
        Command([.. Enumerable.Range(0, 25).Select(i => new ApplicationCommandOption
        {
            Type = OptionType.String,
            Name = $"o{i:00}",
            Description = new string('d', 100),
            Choices = [Choice.String(new string('n', 100), new string('v', 100)), Choice.String(new string('n', secondChoiceName), "vvvvvvvv")],
        })]);

    [Fact]
    public void TotalOfExactly8000Passes() => Assert.Empty(ApplicationCommandRules.Validate(LargeCommand(secondChoiceName: 8)));

    [Fact]
    public void TotalOver8000IsReported() =>
        Assert.Equal(
            "/incidents: names, descriptions and choices add up to 8025 characters (longest localization per field); the limit is 8000",
            OnlyError(LargeCommand(secondChoiceName: 9)));

    [Fact]
    public void TotalCountsLongestLocalizationPerField()
    {
        var command = new ApplicationCommand
        {
            Name = "about",
            Description = "d",
            DescriptionLocalizations = new Dictionary<string, string> { ["fr"] = "à propos", ["de"] = "über" },
            Options = [new ApplicationCommandOption { Type = OptionType.Integer, Name = "n", Description = "dd", Choices = [Choice.Integer("ten", 10)] }],
        };

        Assert.Equal(5 + 8 + 1 + 2 + 3 + 2, ApplicationCommandRules.TotalCharacters(command));
    }

    [Fact]
    public void ChannelTypesOnStringIsReported()
    {
        var option = new ApplicationCommandOption { Type = OptionType.String, Name = "c", Description = "d", ChannelTypes = [0] };

        Assert.Equal("/incidents c: channel_types is only allowed on channel options", OnlyError(Command(option)));
    }

    [Fact]
    public void MinValueOnStringIsReported()
    {
        var option = new ApplicationCommandOption { Type = OptionType.String, Name = "c", Description = "d", MinValue = 1 };

        Assert.Equal("/incidents c: min_value/max_value are only allowed on integer and number options", OnlyError(Command(option)));
    }

    [Fact]
    public void MinLengthOver6000IsReported()
    {
        var option = new ApplicationCommandOption { Type = OptionType.String, Name = "c", Description = "d", MinLength = 6001 };

        Assert.Equal("/incidents c: min_length must be 0-6000", OnlyError(Command(option)));
    }

    [Fact]
    public void MinGreaterThanMaxIsReported()
    {
        var option = new ApplicationCommandOption { Type = OptionType.Number, Name = "c", Description = "d", MinValue = 5, MaxValue = 1 };

        Assert.Equal("/incidents c: min_value is greater than max_value", OnlyError(Command(option)));
    }

    [Fact]
    public void NonDecimalDefaultMemberPermissionsIsReported() =>
        Assert.Equal("/about: default_member_permissions must be a decimal permission bitfield", OnlyError(new ApplicationCommand { Name = "about", Description = "d", DefaultMemberPermissions = "0x20" }));

    [Fact]
    public void UnknownContextIsReported() =>
        Assert.Contains("contexts may only hold", OnlyError(new ApplicationCommand { Name = "about", Description = "d", Contexts = [3] }), StringComparison.Ordinal);

    [Fact]
    public void UserCommandMayHaveMixedCaseAndSpaces() =>
        Assert.Empty(ApplicationCommandRules.Validate(new ApplicationCommand { Type = 2, Name = "Report User" }));

    [Fact]
    public void UserCommandWithDescriptionIsReported() =>
        Assert.Equal("/Report User: user and message commands take no description", OnlyError(new ApplicationCommand { Type = 2, Name = "Report User", Description = "d" }));

    [Fact]
    public void ChoiceValuesKeepJsonTypes() =>
        Assert.Equal(JsonValueKind.Number, Choice.Integer("ten", 10).Value.ValueKind);

    [Fact]
    public void SetOfValidCommandsPasses() =>
        Assert.Empty(ApplicationCommandRules.ValidateAll([new ApplicationCommand { Name = "about", Description = "d" }, new ApplicationCommand { Name = "stats", Description = "d" }]));

    [Fact]
    public void SetReportsErrorsOfEachCommand() =>
        Assert.Equal(["/About: name \"About\" must be lowercase"], ApplicationCommandRules.ValidateAll([new ApplicationCommand { Name = "About", Description = "d" }]));

    [Fact]
    public void DuplicateCommandNamesInASetAreReported() =>
        Assert.Equal(["/about: command name is used 2 times"], ApplicationCommandRules.ValidateAll([new ApplicationCommand { Name = "about", Description = "a" }, new ApplicationCommand { Name = "about", Description = "b" }]));

    [Fact]
    public void SameNameForSlashAndUserCommandIsAllowed() =>
        Assert.Empty(ApplicationCommandRules.ValidateAll([new ApplicationCommand { Name = "report", Description = "d" }, new ApplicationCommand { Type = 2, Name = "report" }]));

    [Fact]
    public void MoreThan100SlashCommandsAreReported() =>
        Assert.Equal(
            ["101 commands of type 1; at most 100 are allowed"],
            ApplicationCommandRules.ValidateAll([.. Enumerable.Range(0, 101).Select(i => new ApplicationCommand { Name = $"c{i}", Description = "d" })]));

    [Fact]
    public void MoreThan15UserCommandsAreReported() =>
        Assert.Equal(
            ["16 commands of type 2; at most 15 are allowed"],
            ApplicationCommandRules.ValidateAll([.. Enumerable.Range(0, 16).Select(i => new ApplicationCommand { Type = 2, Name = $"User {i}" })]));
}
