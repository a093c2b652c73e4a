using System.Globalization;
using System.Text.Json;
using SahelBot.Discord.Models;

namespace SahelBot.Pipeline;

/// <summary>Typed access to a command's options, flattened through any subcommand group and subcommand.</summary>
public sealed class CommandOptions
{
    private readonly Dictionary<string, InteractionDataOption> _byName;

    private CommandOptions(string? subcommand, Dictionary<string, InteractionDataOption> byName)
    {
        Subcommand = subcommand;
        _byName = byName;
    }

    /// <summary>The invoked subcommand path ("add incident"), or null for a plain command.</summary>
    public string? Subcommand { get; }

    public InteractionDataOption? Focused => _byName.Values.FirstOrDefault(o => o.Focused == true);

    public static CommandOptions From(InteractionData? data)
    {
        var path = new List<string>();
        var options = data?.Options ?? [];
        while (options.Count == 1 && options[0].Type is ApplicationCommandOptionType.SubCommand or ApplicationCommandOptionType.SubCommandGroup)
        {
            path.Add(options[0].Name);
            options = options[0].Options ?? [];
        }

        var byName = new Dictionary<string, InteractionDataOption>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            byName[option.Name] = option;
        }

        return new CommandOptions(path.Count == 0 ? null : string.Join(' ', path), byName);
    }

    public bool Has(string name) => _byName.ContainsKey(name);

    public string? String(string name)
    {
        if (!_byName.TryGetValue(name, out var option) || option.Value is not { } value)
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    public long? Integer(string name)
    {
        if (!_byName.TryGetValue(name, out var option) || option.Value is not { } value)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
        {
            return number;
        }

        // Autocomplete payloads carry partial input as strings even for integer options.
        return value.ValueKind == JsonValueKind.String
            && long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : throw new UserInputException(t => t.NotANumber(name));
    }

    /// <summary>The id of a channel/user/role option.</summary>
    public ulong? Snowflake(string name)
    {
        var text = String(name);
        return text is not null && ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }
}
