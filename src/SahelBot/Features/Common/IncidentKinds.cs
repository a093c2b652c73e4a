using SahelBot.Discord.Models;
using SahelBot.Localization;

namespace SahelBot.Features.Common;

/// <summary>The incident kinds of the fact store, offered as fixed choices (fewer than Discord's 25).</summary>
public static class IncidentKinds
{
    private static readonly string[] Kinds =
    [
        "attack on military", "attack on civilians", "ambush", "IED", "suicide bombing", "massacre",
        "kidnapping", "clash", "airstrike", "coup", "other",
    ];

    public static IReadOnlyList<string> All => Kinds;

    public static int IndexOf(string kind) => Array.IndexOf(Kinds, kind);

    public static ApplicationCommandOption Option() => Definitions.String(
        "kind", "Kind of incident", "type", "Type d'incident", choices: All.Select(Choice).ToList());

    private static ApplicationCommandOptionChoice Choice(string kind) => new()
    {
        Name = Texts.English.Kind(kind),
        NameLocalizations = Definitions.French(Texts.French.Kind(kind)),
        Value = ApplicationCommandOptionChoice.String(kind, kind).Value,
    };
}
