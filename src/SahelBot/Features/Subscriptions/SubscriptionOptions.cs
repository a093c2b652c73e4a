using SahelBot.Discord.Models;
using SahelBot.Facts.Subscriptions;
using SahelBot.Features.Common;

namespace SahelBot.Features.Subscriptions;

/// <summary>The options of the subscription commands, with their French localizations, and the command shape they share.</summary>
public static class SubscriptionOptions
{
    /// <summary>MANAGE_CHANNELS as Discord's default_member_permissions.</summary>
    public const string ManageChannels = "16";

    public const int MaxValuesPerFilter = 10;

    /// <summary>A server-only command that only members with Manage Channels see by default.</summary>
    public static ApplicationCommand ModeratorCommand(string name, string description, string nameFr, string descriptionFr, params ApplicationCommandOption[] options) => new()
    {
        Name = name,
        Description = description,
        Type = 1,
        Options = options.Length == 0 ? null : options,
        NameLocalizations = Definitions.French(nameFr),
        DescriptionLocalizations = Definitions.French(descriptionFr),
        DefaultMemberPermissions = ManageChannels,
        IntegrationTypes = [0],
        Contexts = [0],
    };

    public static ApplicationCommandOption Channel(bool required) => new()
    {
        Type = ApplicationCommandOptionType.Channel,
        Name = "channel",
        Description = required ? "The subscribed channel" : "Channel to post in (default: this one)",
        NameLocalizations = Definitions.French("salon"),
        DescriptionLocalizations = Definitions.French(required ? "Le salon abonné" : "Salon où publier (par défaut : celui-ci)"),
        Required = required ? true : null,
        ChannelTypes = SubscriptionGuard.PostableChannelTypes,
    };

    public static ApplicationCommandOption Countries() => Definitions.String(
        "countries", "Countries, comma-separated (niger, mali): any of them",
        "pays", "Pays, séparés par des virgules (niger, mali) : l'un d'eux", autocomplete: true, maxLength: 200);

    public static ApplicationCommandOption Groups() => Definitions.String(
        "groups", "Armed groups, comma-separated (JNIM, ISGS): any of them",
        "groupes", "Groupes armés, séparés par des virgules (GSIM, EIGS) : l'un d'eux", autocomplete: true, maxLength: 300);

    public static ApplicationCommandOption Kinds() => Definitions.String(
        "kinds", "Kinds of incident, comma-separated (ambush, IED): any of them",
        "types", "Types d'incident, séparés par des virgules (embuscade, EEI) : l'un d'eux", autocomplete: true, maxLength: 200);

    public static ApplicationCommandOption Backfill() => Definitions.Integer(
        "backfill", "Also post this many of the newest matching incidents, once (0-10, default 0)",
        "rattrapage", "Publier aussi ce nombre d'incidents récents correspondants, une fois (0-10, défaut 0)", 0, SubscriptionStore.MaxBackfill);
}
