using System.Globalization;
using Microsoft.Extensions.Options;
using SahelBot.Discord.Models;
using SahelBot.Discord.Permissions;
using SahelBot.Facts.Writes;
using SahelBot.Pipeline;

namespace SahelBot.Features.Moderation;

/// <summary>
/// Re-checks, from the interaction itself, that the invoker moderates facts here: Manage Messages (Administrator
/// implies it) in the channel, or a configured moderator role. Discord's default_member_permissions can be
/// overridden per server, so the handler never relies on it alone.
/// </summary>
public sealed class ModeratorAccess(IOptionsMonitor<ModerationOptions> options)
{
    public WriteActor Require(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (interaction.GuildId is not { } guild || interaction.Member is not { User: { } user } member)
        {
            throw new UserInputException(t => t.FactDmRefused);
        }

        var settings = options.CurrentValue;
        var roles = settings.ModeratorRoles.GetValueOrDefault(guild.ToString(CultureInfo.InvariantCulture)) ?? [];
        var moderator = DiscordPermissions.Has(member.Permissions, DiscordPermissions.ManageMessages)
            || (member.Roles ?? []).Any(roles.Contains);
        return moderator
            ? new WriteActor(user.Id, guild, settings.CuratorGuildIds.Contains(guild))
            : throw new UserInputException(t => t.NotAModerator);
    }
}
