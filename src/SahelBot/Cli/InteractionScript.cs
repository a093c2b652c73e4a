using System.Globalization;
using System.Text;
using System.Text.Json;
using SahelBot.Discord.Models;

namespace SahelBot.Cli;

/// <summary>
/// Turns a typed slash command ("/attacks niger since:2019 min_deaths:10") into the interaction a Discord
/// client would send: leading bare words fill the required options in order (the last required text option
/// takes the rest of the words, so "/ask who claimed the Inates attack?" works), name:value sets any option.
/// </summary>
public static class InteractionScript
{
    public const ulong ApplicationId = 1_000_000_000_000_000_001;

    public static Interaction Parse(string text, IReadOnlyCollection<ApplicationCommand> commands, string locale, ulong interactionId, Invoker? invoker = null)
    {
        var tokens = Tokenize(text.Trim());
        if (tokens.Count == 0 || !tokens[0].StartsWith('/') || tokens[0].Length < 2)
        {
            throw new CommandLineError("expected a slash command such as \"/attacks niger\"");
        }

        var name = tokens[0][1..].ToLowerInvariant();
        var command = commands.FirstOrDefault(c => c.Name == name)
            ?? throw new CommandLineError($"unknown command /{name}; known: {string.Join(", ", commands.Select(c => "/" + c.Name).Order(StringComparer.Ordinal))}");

        var options = BindLevel(command.Options ?? [], tokens.Skip(1).ToList(), "/" + name);
        var who = invoker ?? Invoker.DirectMessage;
        var user = new User { Id = who.UserId, Username = "terminal" };
        return new Interaction
        {
            Id = interactionId,
            ApplicationId = ApplicationId,
            Type = InteractionType.ApplicationCommand,
            Token = "cli",
            Version = 1,
            Locale = locale,
            GuildId = who.GuildId,
            GuildLocale = who.GuildId is null ? null : locale,
            ChannelId = who.ChannelId,
            Member = who.GuildId is null ? null : new GuildMember { User = user, Roles = [], Permissions = who.MemberPermissions ?? "0" },
            User = who.GuildId is null ? user : null,
            Context = who.GuildId is null ? 1 : 0,
            AppPermissions = Invoker.BotPermissions,
            Data = new InteractionData { Id = 1, Name = name, Type = 1, Options = options.Count == 0 ? null : options },
        };
    }

    /// <summary>The MESSAGE_COMPONENT interaction Discord sends when the same person clicks a button on the reply to <paramref name="command"/>.</summary>
    public static Interaction Click(Interaction command, string customId, ulong interactionId, InteractionResponse? shown = null) =>
        FollowUp(
            command,
            InteractionType.MessageComponent,
            interactionId,
            new InteractionData { CustomId = customId, ComponentType = ComponentType.Button },
            shown is null ? null : new Message { Id = interactionId, ChannelId = command.ChannelId ?? 0, Embeds = shown.Data?.Embeds, Components = shown.Data?.Components });

    /// <summary>A later interaction by the same person in the same place as <paramref name="command"/> (a click, a form submission).</summary>
    public static Interaction FollowUp(Interaction command, InteractionType type, ulong interactionId, InteractionData data, Message? message = null) => new()
    {
        Id = interactionId,
        ApplicationId = command.ApplicationId,
        Type = type,
        Token = command.Token,
        Version = 1,
        Locale = command.Locale,
        GuildId = command.GuildId,
        GuildLocale = command.GuildLocale,
        ChannelId = command.ChannelId,
        Member = command.Member,
        User = command.User,
        Context = command.Context,
        AppPermissions = command.AppPermissions,
        Message = message,
        Data = data,
    };

    private static List<InteractionDataOption> BindLevel(IReadOnlyList<ApplicationCommandOption> definitions, List<string> tokens, string path)
    {
        var nested = definitions.Where(d => d.Type is ApplicationCommandOptionType.SubCommand or ApplicationCommandOptionType.SubCommandGroup).ToList();
        if (nested.Count > 0)
        {
            var word = tokens.Count > 0 ? tokens[0].ToLowerInvariant() : "";
            var sub = nested.FirstOrDefault(d => d.Name == word)
                ?? throw new CommandLineError($"{path} needs one of: {string.Join(", ", nested.Select(d => d.Name))}");
            return [new InteractionDataOption { Name = sub.Name, Type = sub.Type, Options = BindLevel(sub.Options ?? [], tokens.Skip(1).ToList(), $"{path} {sub.Name}") }];
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var bare = new List<string>();
        foreach (var token in tokens)
        {
            var colon = token.IndexOf(':', StringComparison.Ordinal);
            var key = colon > 0 ? token[..colon].ToLowerInvariant() : null;
            if (key is not null && definitions.Any(d => d.Name == key))
            {
                values[key] = token[(colon + 1)..];
            }
            else if (key is not null && colon < token.Length - 1 && IsOptionLike(key))
            {
                throw new CommandLineError($"{path} has no option \"{key}\"; options: {string.Join(", ", definitions.Select(d => d.Name))}");
            }
            else
            {
                bare.Add(token);
            }
        }

        FillFromBareWords(definitions, values, bare, path);
        return definitions
            .Where(d => values.ContainsKey(d.Name))
            .Select(d => new InteractionDataOption { Name = d.Name, Type = d.Type, Value = Convert(d, values[d.Name], path) })
            .ToList();
    }

    private static void FillFromBareWords(IReadOnlyList<ApplicationCommandOption> definitions, Dictionary<string, string> values, List<string> bare, string path)
    {
        // Commands without required options (/deployments mali 2015) take bare words in declaration order.
        var anyRequired = definitions.Any(d => d.Required == true);
        var open = definitions.Where(d => (d.Required == true || !anyRequired) && !values.ContainsKey(d.Name)).ToList();
        for (var i = 0; i < open.Count && bare.Count > 0; i++)
        {
            var takesRest = anyRequired && i == open.Count - 1 && open[i].Type == ApplicationCommandOptionType.String;
            values[open[i].Name] = takesRest ? string.Join(' ', bare) : bare[0];
            bare.RemoveRange(0, takesRest ? bare.Count : 1);
        }

        if (bare.Count > 0)
        {
            throw new CommandLineError($"{path}: unexpected \"{bare[0]}\"; give options as name:value ({string.Join(", ", definitions.Select(d => d.Name))})");
        }

        var missing = definitions.FirstOrDefault(d => d.Required == true && !values.ContainsKey(d.Name));
        if (missing is not null)
        {
            throw new CommandLineError($"{path}: missing required option \"{missing.Name}\" ({missing.Description})");
        }
    }

    private static JsonElement Convert(ApplicationCommandOption definition, string raw, string path)
    {
        object value = definition.Type switch
        {
            ApplicationCommandOptionType.Integer => long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                ? n : throw new CommandLineError($"{path}: {definition.Name} expects a whole number, not \"{raw}\""),
            ApplicationCommandOptionType.Number => double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                ? d : throw new CommandLineError($"{path}: {definition.Name} expects a number, not \"{raw}\""),
            ApplicationCommandOptionType.Boolean => bool.TryParse(raw, out var b)
                ? b : throw new CommandLineError($"{path}: {definition.Name} expects true or false, not \"{raw}\""),
            _ => raw,
        };
        if (definition.Choices is { Count: > 0 } choices && !choices.Any(c => c.Value.ToString() == raw))
        {
            throw new CommandLineError($"{path}: {definition.Name} must be one of: {string.Join(", ", choices.Select(c => c.Value.ToString()))}");
        }

        return value switch
        {
            long l => JsonSerializer.SerializeToElement(l, CliJsonContext.Default.Int64),
            double d => JsonSerializer.SerializeToElement(d, CliJsonContext.Default.Double),
            bool b => JsonSerializer.SerializeToElement(b, CliJsonContext.Default.Boolean),
            _ => JsonSerializer.SerializeToElement((string)value, CliJsonContext.Default.String),
        };
    }

    private static bool IsOptionLike(string key) => key.All(c => char.IsAsciiLetterLower(c) || c == '_');

    /// <summary>Splits on spaces; double quotes group words, including inside name:"a value".</summary>
    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        var started = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
                started = true;
            }
            else if (char.IsWhiteSpace(c) && !quoted)
            {
                if (started)
                {
                    tokens.Add(current.ToString());
                    current.Clear();
                    started = false;
                }
            }
            else
            {
                current.Append(c);
                started = true;
            }
        }

        if (quoted)
        {
            throw new CommandLineError("unbalanced double quote");
        }

        if (started)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }
}
