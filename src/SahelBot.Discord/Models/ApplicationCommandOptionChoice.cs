using System.Text.Json;
using SahelBot.Discord.Json;

namespace SahelBot.Discord.Models;

/// <summary>A fixed choice of an option, or an autocomplete suggestion; the value's JSON type follows the option type.</summary>
public sealed class ApplicationCommandOptionChoice
{
    public string Name { get; init; } = "";

    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }

    public JsonElement Value { get; init; }

    public static ApplicationCommandOptionChoice String(string name, string value) =>
        new() { Name = name, Value = JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.String) };

    public static ApplicationCommandOptionChoice Integer(string name, long value) =>
        new() { Name = name, Value = JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.Int64) };

    public static ApplicationCommandOptionChoice Number(string name, double value) =>
        new() { Name = name, Value = JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.Double) };
}
