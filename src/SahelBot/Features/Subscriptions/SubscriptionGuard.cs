using System.Globalization;
using SahelBot.Discord.Permissions;
using SahelBot.Pipeline;

namespace SahelBot.Features.Subscriptions;

/// <summary>
/// Who may change subscriptions and where the bot can post, checked from the interaction itself: Discord's
/// default_member_permissions can be overridden by a server, so the handler does not trust it alone.
/// </summary>
public static class SubscriptionGuard
{
    /// <summary>Text (0) and announcement (5) channels: the ones a feed can post to.</summary>
    public static readonly IReadOnlyList<int> PostableChannelTypes = [0, 5];

    private const ulong PostingPermissions = DiscordPermissions.ViewChannel | DiscordPermissions.SendMessages | DiscordPermissions.EmbedLinks;

    /// <summary>The server and the member, when the member may manage channels; otherwise a refusal and nothing is written.</summary>
    public static (ulong GuildId, ulong ActorId) RequireModerator(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var interaction = context.Interaction;
        if (interaction.GuildId is not { } guildId || interaction.Member is not { } member)
        {
            throw new UserInputException(t => t.SubscriptionsServerOnly);
        }

        if (!DiscordPermissions.Has(member.Permissions, DiscordPermissions.ManageChannels))
        {
            throw new UserInputException(t => t.NeedsManageChannels);
        }

        return (guildId, member.User?.Id ?? 0);
    }

    /// <summary>The channel option, else the channel the command was run in.</summary>
    public static ulong TargetChannel(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Options.Snowflake("channel") ?? context.Interaction.ChannelId ?? throw new UserInputException(t => t.Required("channel"));
    }

    /// <summary>
    /// Refuses, naming each missing permission, when the bot could not post embeds in the channel. Discord gives the
    /// bot's permissions for a channel option in its resolved data, and for the current channel as app_permissions.
    /// </summary>
    public static void RequireBotCanPost(CommandContext context, ulong channelId)
    {
        ArgumentNullException.ThrowIfNull(context);
        var interaction = context.Interaction;
        var key = channelId.ToString(CultureInfo.InvariantCulture);
        var resolved = interaction.Data?.Resolved?.Channels is { } channels && channels.TryGetValue(key, out var found) ? found : null;
        if (resolved is not null && !PostableChannelTypes.Contains(resolved.Type))
        {
            throw new UserInputException(t => t.NotATextChannel(Mention(channelId)));
        }

        var bits = resolved?.AppPermissions ?? (channelId == interaction.ChannelId ? interaction.AppPermissions : null);
        if (bits is null)
        {
            // Not knowable from this interaction; the sender pauses the subscription with Discord's reason if it is refused.
            return;
        }

        var missing = DiscordPermissions.Missing(bits, PostingPermissions);
        if (missing.Count > 0)
        {
            throw new UserInputException(t => t.BotLacksPermissions(Mention(channelId), string.Join(", ", missing)));
        }
    }

    public static string Mention(ulong channelId) => $"<#{channelId.ToString(CultureInfo.InvariantCulture)}>";
}
