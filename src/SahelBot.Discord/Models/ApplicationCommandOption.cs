namespace SahelBot.Discord.Models;

/// <summary>A parameter or subcommand (group) of an application command.</summary>
public sealed class ApplicationCommandOption
{
    public ApplicationCommandOptionType Type { get; init; }

    public string Name { get; init; } = "";

    public string Description { get; init; } = "";

    public bool? Required { get; init; }

    public IReadOnlyList<ApplicationCommandOptionChoice>? Choices { get; init; }

    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    public IReadOnlyList<int>? ChannelTypes { get; init; }

    public double? MinValue { get; init; }

    public double? MaxValue { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    public bool? Autocomplete { get; init; }

    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }

    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }
}
