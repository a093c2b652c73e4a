namespace SahelBot.Discord.Models;

/// <summary>One option of a string select.</summary>
public sealed class SelectOption(string label, string value, string? description = null)
{
    public string Label { get; init; } = label;

    public string Value { get; init; } = value;

    public string? Description { get; init; } = description;
}
