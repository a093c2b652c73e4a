using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using SahelBot.Discord.Models;

namespace SahelBot.Discord.Commands;

/// <summary>
/// Checks a command definition against Discord's documented rules before it is registered, so a bad definition fails
/// in a test instead of as a 400 at start-up. Each message starts with the path of the offending command or option.
/// </summary>
public static partial class ApplicationCommandRules
{
    public const int MaxNameLength = 32;
    public const int MaxDescriptionLength = 100;
    public const int MaxOptions = 25;
    public const int MaxChoices = 25;
    public const int MaxChoiceNameLength = 100;
    public const int MaxChoiceStringValueLength = 100;
    public const int MaxTotalCharacters = 8000;
    public const int MaxLengthOption = 6000;

    private const int ChatInput = 1;
    private const int UserCommand = 2;
    private const int MessageCommand = 3;

    // Int53 bounds of INTEGER values.
    private const double MaxSafeInteger = 9007199254740991d;

    public const int MaxChatInputCommands = 100;
    public const int MaxUserOrMessageCommands = 15;

    /// <summary>Checks a whole registration set (one bulk overwrite): every command, plus unique names and per-type counts.</summary>
    public static IReadOnlyList<string> ValidateAll(IReadOnlyCollection<ApplicationCommand> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var errors = commands.SelectMany(Validate).ToList();
        foreach (var byType in commands.GroupBy(c => c.Type ?? ChatInput))
        {
            var limit = byType.Key is ChatInput ? MaxChatInputCommands : MaxUserOrMessageCommands;
            if (byType.Count() > limit)
            {
                errors.Add($"{byType.Count()} commands of type {byType.Key}; at most {limit} are allowed");
            }

            foreach (var duplicate in byType.GroupBy(c => c.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                errors.Add($"/{duplicate.Key}: command name is used {duplicate.Count()} times");
            }
        }

        return errors;
    }

    public static IReadOnlyList<string> Validate(ApplicationCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var errors = new List<string>();
        var type = command.Type ?? ChatInput;
        var path = "/" + command.Name;

        if (type is ChatInput)
        {
            CheckChatInputName(path, "name", command.Name, errors);
            CheckDescription(path, "description", command.Description, errors);
            CheckLocalizedNames(path, command.NameLocalizations, errors);
            CheckLocalizedDescriptions(path, command.DescriptionLocalizations, errors);
            CheckOptionList(path, command.Options, Level.Command, errors);
            var total = TotalCharacters(command);
            if (total > MaxTotalCharacters)
            {
                errors.Add($"{path}: names, descriptions and choices add up to {total} characters (longest localization per field); the limit is {MaxTotalCharacters}");
            }
        }
        else if (type is UserCommand or MessageCommand)
        {
            if (string.IsNullOrWhiteSpace(command.Name) || command.Name.Length > MaxNameLength)
            {
                errors.Add($"{path}: name must be 1-{MaxNameLength} characters");
            }

            if (!string.IsNullOrEmpty(command.Description))
            {
                errors.Add($"{path}: user and message commands take no description");
            }

            if (command.Options is { Count: > 0 })
            {
                errors.Add($"{path}: user and message commands take no options");
            }

            CheckLocaleKeys(path, "name_localizations", command.NameLocalizations, errors);
        }
        else
        {
            errors.Add($"{path}: command type {type} is not supported (1 chat input, 2 user, 3 message)");
        }

        if (command.DefaultMemberPermissions is { } permissions && (permissions.Length == 0 || !permissions.All(char.IsAsciiDigit)))
        {
            errors.Add($"{path}: default_member_permissions must be a decimal permission bitfield");
        }

        if (command.Contexts?.Any(c => c is < 0 or > 2) == true)
        {
            errors.Add($"{path}: contexts may only hold 0 (guild), 1 (bot DM) and 2 (private channel)");
        }

        if (command.IntegrationTypes?.Any(t => t is < 0 or > 1) == true)
        {
            errors.Add($"{path}: integration_types may only hold 0 (guild install) and 1 (user install)");
        }

        return errors;
    }

    /// <summary>Characters that count toward the 8000 limit: names, descriptions, choice names and values, longest localization per field.</summary>
    public static int TotalCharacters(ApplicationCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return Longest(command.Name, command.NameLocalizations)
            + Longest(command.Description, command.DescriptionLocalizations)
            + (command.Options?.Sum(TotalCharacters) ?? 0);
    }

    private static int TotalCharacters(ApplicationCommandOption option) =>
        Longest(option.Name, option.NameLocalizations)
        + Longest(option.Description, option.DescriptionLocalizations)
        + (option.Choices?.Sum(c => Longest(c.Name, c.NameLocalizations) + ValueText(c.Value).Length) ?? 0)
        + (option.Options?.Sum(TotalCharacters) ?? 0);

    private static int Longest(string? text, IReadOnlyDictionary<string, string>? localizations) =>
        Math.Max(text?.Length ?? 0, localizations?.Values.Select(v => v?.Length ?? 0).DefaultIfEmpty(0).Max() ?? 0);

    private static string ValueText(JsonElement value) =>
        value.ValueKind switch
        {
            JsonValueKind.String => value.GetString() ?? "",
            JsonValueKind.Undefined => "",
            _ => value.GetRawText(),
        };

    private enum Level
    {
        Command,
        Group,
        SubCommand,
    }

    private static void CheckOptionList(string path, IReadOnlyList<ApplicationCommandOption>? options, Level level, List<string> errors)
    {
        if (options is null || options.Count == 0)
        {
            if (level is Level.Group)
            {
                errors.Add($"{path}: a subcommand group needs at least one subcommand");
            }

            return;
        }

        if (options.Count > MaxOptions)
        {
            errors.Add($"{path}: {options.Count} options; at most {MaxOptions} are allowed");
        }

        var subCommands = options.Count(o => o.Type is ApplicationCommandOptionType.SubCommand or ApplicationCommandOptionType.SubCommandGroup);
        if (level is Level.Command && subCommands > 0 && subCommands < options.Count)
        {
            errors.Add($"{path}: subcommands and subcommand groups cannot be mixed with other options");
        }

        CheckRequiredFirst(path, options, errors);
        CheckUniqueNames(path, options, errors);

        foreach (var option in options)
        {
            CheckOption($"{path} {option.Name}", option, level, errors);
        }
    }

    private static void CheckRequiredFirst(string path, IReadOnlyList<ApplicationCommandOption> options, List<string> errors)
    {
        var seenOptional = false;
        foreach (var option in options)
        {
            if (option.Required == true && seenOptional)
            {
                errors.Add($"{path} {option.Name}: required options must come before optional ones");
            }

            seenOptional |= option.Required != true
                && option.Type is not (ApplicationCommandOptionType.SubCommand or ApplicationCommandOptionType.SubCommandGroup);
        }
    }

    private static void CheckUniqueNames(string path, IReadOnlyList<ApplicationCommandOption> options, List<string> errors)
    {
        foreach (var duplicate in options.GroupBy(o => o.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add($"{path}: option name \"{duplicate.Key}\" is used {duplicate.Count()} times");
        }

        var locales = options.SelectMany(o => o.NameLocalizations?.Keys ?? []).Distinct(StringComparer.Ordinal);
        foreach (var locale in locales)
        {
            var localized = options.Select(o => o.NameLocalizations is { } map && map.TryGetValue(locale, out var n) ? n : o.Name);
            foreach (var duplicate in localized.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                errors.Add($"{path}: option name \"{duplicate.Key}\" is used {duplicate.Count()} times in locale {locale}");
            }
        }
    }

    private static void CheckOption(string path, ApplicationCommandOption option, Level level, List<string> errors)
    {
        CheckChatInputName(path, "name", option.Name, errors);
        CheckDescription(path, "description", option.Description, errors);
        CheckLocalizedNames(path, option.NameLocalizations, errors);
        CheckLocalizedDescriptions(path, option.DescriptionLocalizations, errors);

        switch (option.Type)
        {
            case ApplicationCommandOptionType.SubCommandGroup when level is not Level.Command:
                errors.Add($"{path}: a subcommand group can only sit at the top level of a command");
                break;
            case ApplicationCommandOptionType.SubCommand when level is Level.SubCommand:
                errors.Add($"{path}: a subcommand cannot be nested inside another subcommand");
                break;
            case ApplicationCommandOptionType.SubCommandGroup:
                CheckOptionList(path, option.Options, Level.Group, errors);
                break;
            case ApplicationCommandOptionType.SubCommand:
                CheckOptionList(path, option.Options, Level.SubCommand, errors);
                break;
            default:
                if (level is Level.Group)
                {
                    errors.Add($"{path}: a subcommand group may only contain subcommands");
                }

                if (option.Options is { Count: > 0 })
                {
                    errors.Add($"{path}: only subcommands and groups can have nested options");
                }

                CheckParameter(path, option, errors);
                break;
        }
    }

    private static void CheckParameter(string path, ApplicationCommandOption option, List<string> errors)
    {
        var type = option.Type;
        var choosable = type is ApplicationCommandOptionType.String or ApplicationCommandOptionType.Integer or ApplicationCommandOptionType.Number;
        var numeric = type is ApplicationCommandOptionType.Integer or ApplicationCommandOptionType.Number;

        if (option.Choices is { Count: > 0 } choices)
        {
            if (!choosable)
            {
                errors.Add($"{path}: choices are only allowed on string, integer and number options");
            }

            if (option.Autocomplete == true)
            {
                errors.Add($"{path}: choices and autocomplete cannot be used together");
            }

            if (choices.Count > MaxChoices)
            {
                errors.Add($"{path}: {choices.Count} choices; at most {MaxChoices} are allowed");
            }

            foreach (var choice in choices)
            {
                CheckChoice($"{path} choice \"{choice.Name}\"", type, choice, errors);
            }
        }

        if (option.Autocomplete == true && !choosable)
        {
            errors.Add($"{path}: autocomplete is only allowed on string, integer and number options");
        }

        if (option.ChannelTypes is { Count: > 0 } && type is not ApplicationCommandOptionType.Channel)
        {
            errors.Add($"{path}: channel_types is only allowed on channel options");
        }

        if ((option.MinValue is not null || option.MaxValue is not null) && !numeric)
        {
            errors.Add($"{path}: min_value/max_value are only allowed on integer and number options");
        }

        if (option.MinValue > option.MaxValue)
        {
            errors.Add($"{path}: min_value is greater than max_value");
        }

        if (type is ApplicationCommandOptionType.Integer
            && (option.MinValue is < -MaxSafeInteger or > MaxSafeInteger || option.MaxValue is < -MaxSafeInteger or > MaxSafeInteger))
        {
            errors.Add($"{path}: integer bounds must stay within ±(2^53-1)");
        }

        if ((option.MinLength is not null || option.MaxLength is not null) && type is not ApplicationCommandOptionType.String)
        {
            errors.Add($"{path}: min_length/max_length are only allowed on string options");
        }

        if (option.MinLength is < 0 or > MaxLengthOption)
        {
            errors.Add($"{path}: min_length must be 0-{MaxLengthOption}");
        }

        if (option.MaxLength is < 1 or > MaxLengthOption)
        {
            errors.Add($"{path}: max_length must be 1-{MaxLengthOption}");
        }

        if (option.MinLength > option.MaxLength)
        {
            errors.Add($"{path}: min_length is greater than max_length");
        }
    }

    private static void CheckChoice(string path, ApplicationCommandOptionType type, ApplicationCommandOptionChoice choice, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(choice.Name) || choice.Name.Length > MaxChoiceNameLength)
        {
            errors.Add($"{path}: choice name must be 1-{MaxChoiceNameLength} characters");
        }

        CheckLocaleKeys(path, "name_localizations", choice.NameLocalizations, errors);
        foreach (var (locale, name) in choice.NameLocalizations ?? new Dictionary<string, string>())
        {
            if (string.IsNullOrWhiteSpace(name) || name.Length > MaxChoiceNameLength)
            {
                errors.Add($"{path}: choice name for {locale} must be 1-{MaxChoiceNameLength} characters");
            }
        }

        var value = choice.Value;
        var matches = type switch
        {
            ApplicationCommandOptionType.String => value.ValueKind is JsonValueKind.String,
            ApplicationCommandOptionType.Integer => value.ValueKind is JsonValueKind.Number && value.TryGetInt64(out var n) && Math.Abs((double)n) <= MaxSafeInteger,
            ApplicationCommandOptionType.Number => value.ValueKind is JsonValueKind.Number,
            _ => true,
        };
        if (!matches)
        {
            errors.Add($"{path}: value {ValueText(value)} does not match the option type {type}");
        }

        if (value.ValueKind is JsonValueKind.String && value.GetString()!.Length > MaxChoiceStringValueLength)
        {
            errors.Add($"{path}: string value must be at most {MaxChoiceStringValueLength} characters");
        }
    }

    private static void CheckChatInputName(string path, string field, string? name, List<string> errors)
    {
        if (name is null || !NamePattern().IsMatch(name))
        {
            errors.Add($"{path}: {field} \"{name}\" must be 1-{MaxNameLength} letters, digits, '-', '_' or apostrophes, without spaces");
        }
        else if (!string.Equals(name, name.ToLower(CultureInfo.InvariantCulture), StringComparison.Ordinal))
        {
            errors.Add($"{path}: {field} \"{name}\" must be lowercase");
        }
    }

    private static void CheckDescription(string path, string field, string? description, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(description) || description.Length > MaxDescriptionLength)
        {
            errors.Add($"{path}: {field} must be 1-{MaxDescriptionLength} characters");
        }
    }

    private static void CheckLocalizedNames(string path, IReadOnlyDictionary<string, string>? names, List<string> errors)
    {
        CheckLocaleKeys(path, "name_localizations", names, errors);
        foreach (var (locale, name) in names ?? new Dictionary<string, string>())
        {
            CheckChatInputName(path, $"name for {locale}", name, errors);
        }
    }

    private static void CheckLocalizedDescriptions(string path, IReadOnlyDictionary<string, string>? descriptions, List<string> errors)
    {
        CheckLocaleKeys(path, "description_localizations", descriptions, errors);
        foreach (var (locale, description) in descriptions ?? new Dictionary<string, string>())
        {
            CheckDescription(path, $"description for {locale}", description, errors);
        }
    }

    private static void CheckLocaleKeys(string path, string field, IReadOnlyDictionary<string, string>? map, List<string> errors)
    {
        foreach (var locale in map?.Keys ?? [])
        {
            if (!DiscordLocales.IsValid(locale))
            {
                errors.Add($"{path}: {field} uses \"{locale}\", which is not a Discord locale");
            }
        }
    }

    [GeneratedRegex(@"^[-_'\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]{1,32}$")]
    private static partial Regex NamePattern();
}
