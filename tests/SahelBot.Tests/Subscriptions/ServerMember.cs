using SahelBot.Cli;
using SahelBot.Discord.Json;
using SahelBot.Discord.Models;
using SahelBot.Discord.Permissions;
using SahelBot.Tests.Support;

namespace SahelBot.Tests.Subscriptions;

/// <summary>Builds the interactions a server member's Discord client sends, with the member's and the bot's permission bits.</summary>
public static class ServerMember
{
    public const ulong Guild = 500;
    public const ulong Moderator = 42;
    public const ulong HereChannel = 700;
    public const string ManageChannels = "16";

    private static ulong nextId = 1_250_000_000_000_000_000;

    /// <summary>
    /// <paramref name="text"/> as typed by a member with <paramref name="permissions"/>; <paramref name="botInChannel"/>
    /// is the bot's permissions in the channel option's channel, sent as Discord sends it (resolved data).
    /// </summary>
    public static Interaction Command(BotUnderTest bot, string text, string permissions = ManageChannels, ulong? guild = Guild, string? botInChannel = null, string locale = "en-US")
    {
        ArgumentNullException.ThrowIfNull(bot);
        var invoker = guild is null ? Invoker.DirectMessage : new Invoker(Moderator, guild, permissions, HereChannel);
        var parsed = InteractionScript.Parse(text, bot.Definitions.ToList(), locale, Interlocked.Increment(ref nextId), invoker);
        if (botInChannel is not null)
        {
            var channelId = FindChannelOption(parsed.Data!.Options ?? []) ?? HereChannel;
            parsed = WithResolvedChannel(parsed, new Channel { Id = channelId, Type = 0, GuildId = guild, Name = "alerts", AppPermissions = botInChannel, Permissions = permissions });
        }

        return DiscordJson.Deserialize<Interaction>(DiscordJson.Serialize(parsed))!;
    }

    public static string BotPermissions(params ulong[] bits) => bits.Aggregate(0UL, (all, bit) => all | bit).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string AllPostingPermissions => BotPermissions(DiscordPermissions.ViewChannel, DiscordPermissions.SendMessages, DiscordPermissions.EmbedLinks);

    private static ulong? FindChannelOption(IReadOnlyList<InteractionDataOption> options)
    {
        foreach (var option in options)
        {
            if (option.Name == "channel" && option.Value is { } value)
            {
                return ulong.Parse(value.GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            }

            if (FindChannelOption(option.Options ?? []) is { } nested)
            {
                return nested;
            }
        }

        return null;
    }

    private static Interaction WithResolvedChannel(Interaction i, Channel channel) => new()
    {
        Id = i.Id,
        ApplicationId = i.ApplicationId,
        Type = i.Type,
        Token = i.Token,
        Version = i.Version,
        Locale = i.Locale,
        GuildId = i.GuildId,
        GuildLocale = i.GuildLocale,
        ChannelId = i.ChannelId,
        Member = i.Member,
        User = i.User,
        Context = i.Context,
        AppPermissions = i.AppPermissions,
        Data = new InteractionData
        {
            Id = i.Data!.Id,
            Name = i.Data.Name,
            Type = i.Data.Type,
            Options = i.Data.Options,
            Resolved = new ResolvedData { Channels = new Dictionary<string, Channel> { [channel.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)] = channel } },
        },
    };
}
