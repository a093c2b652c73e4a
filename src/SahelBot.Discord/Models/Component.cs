using System.Text.Json.Serialization;

namespace SahelBot.Discord.Models;

/// <summary>Any message or modal component; which fields apply depends on <see cref="Type"/>.</summary>
public sealed class Component
{
    public ComponentType Type { get; init; }

    public int? Id { get; init; }

    public string? CustomId { get; init; }

    /// <summary>A <see cref="ButtonStyle"/> or <see cref="TextInputStyle"/> value.</summary>
    public int? Style { get; init; }

    public string? Label { get; init; }

    public string? Url { get; init; }

    public bool? Disabled { get; init; }

    /// <summary>Children of an action row.</summary>
    public IReadOnlyList<Component>? Components { get; init; }

    /// <summary>The single child of a Label.</summary>
    [JsonPropertyName("component")]
    public Component? Child { get; init; }

    /// <summary>Submitted (or prefilled) text of a text input.</summary>
    public string? Value { get; init; }

    public string? Placeholder { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    public bool? Required { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<SelectOption>? Options { get; init; }

    public IReadOnlyList<string>? Values { get; init; }

    public static Component ActionRow(params Component[] children) =>
        new() { Type = ComponentType.ActionRow, Components = children };

    public static Component Button(ButtonStyle style, string label, string customId, bool disabled = false) =>
        new()
        {
            Type = ComponentType.Button,
            Style = (int)style,
            Label = label,
            CustomId = customId,
            Disabled = disabled ? true : null,
        };

    public static Component LinkButton(string label, string url) =>
        new() { Type = ComponentType.Button, Style = (int)ButtonStyle.Link, Label = label, Url = url };

    /// <summary>A text input for a modal; wrap it with <see cref="LabelFor"/> (its own label is deprecated).</summary>
    public static Component TextInput(
        string customId,
        TextInputStyle style = TextInputStyle.Short,
        bool required = true,
        int? minLength = null,
        int? maxLength = null,
        string? placeholder = null,
        string? value = null) =>
        new()
        {
            Type = ComponentType.TextInput,
            CustomId = customId,
            Style = (int)style,
            Required = required,
            MinLength = minLength,
            MaxLength = maxLength,
            Placeholder = placeholder,
            Value = value,
        };

    public static Component LabelFor(string label, Component child, string? description = null) =>
        new() { Type = ComponentType.Label, Label = label, Description = description, Child = child };
}
