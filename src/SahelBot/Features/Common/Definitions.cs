using SahelBot.Discord.Models;

namespace SahelBot.Features.Common;

/// <summary>Builds command definitions with their French localizations declared next to the English text.</summary>
public static class Definitions
{
    /// <summary>Server-installed, usable in servers and in DMs with the bot.</summary>
    public static ApplicationCommand Command(string name, string description, string nameFr, string descriptionFr, params ApplicationCommandOption[] options) => new()
    {
        Name = name,
        Description = description,
        Type = 1,
        Options = options.Length == 0 ? null : options,
        NameLocalizations = French(nameFr),
        DescriptionLocalizations = French(descriptionFr),
        IntegrationTypes = [0],
        Contexts = [0, 1],
    };

    public static ApplicationCommandOption String(string name, string description, string nameFr, string descriptionFr, bool required = false, bool autocomplete = false, int? maxLength = null, IReadOnlyList<ApplicationCommandOptionChoice>? choices = null) => new()
    {
        Type = ApplicationCommandOptionType.String,
        Name = name,
        Description = description,
        NameLocalizations = French(nameFr),
        DescriptionLocalizations = French(descriptionFr),
        Required = required ? true : null,
        Autocomplete = autocomplete ? true : null,
        MaxLength = maxLength,
        Choices = choices,
    };

    public static ApplicationCommandOption Integer(string name, string description, string nameFr, string descriptionFr, long min, long max, bool required = false) => new()
    {
        Type = ApplicationCommandOptionType.Integer,
        Name = name,
        Description = description,
        NameLocalizations = French(nameFr),
        DescriptionLocalizations = French(descriptionFr),
        Required = required ? true : null,
        MinValue = min,
        MaxValue = max,
    };

    public static IReadOnlyDictionary<string, string> French(string text) => new Dictionary<string, string> { ["fr"] = text };
}
