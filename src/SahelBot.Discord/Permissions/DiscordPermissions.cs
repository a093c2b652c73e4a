using System.Globalization;
using System.Numerics;

namespace SahelBot.Discord.Permissions;

/// <summary>Permission bits the bot checks, and tests against the decimal bitfield strings Discord sends.</summary>
public static class DiscordPermissions
{
    public const ulong Administrator = 1UL << 3;
    public const ulong ManageChannels = 1UL << 4;
    public const ulong ManageGuild = 1UL << 5;
    public const ulong ViewChannel = 1UL << 10;
    public const ulong SendMessages = 1UL << 11;
    public const ulong ManageMessages = 1UL << 13;
    public const ulong EmbedLinks = 1UL << 14;
    public const ulong AttachFiles = 1UL << 15;
    public const ulong ReadMessageHistory = 1UL << 16;
    public const ulong MentionEveryone = 1UL << 17;
    public const ulong UseApplicationCommands = 1UL << 31;
    public const ulong SendMessagesInThreads = 1UL << 38;

    private static readonly (ulong Bit, string Name)[] Names =
    [
        (Administrator, "Administrator"),
        (ManageChannels, "Manage Channels"),
        (ManageGuild, "Manage Server"),
        (ViewChannel, "View Channel"),
        (SendMessages, "Send Messages"),
        (ManageMessages, "Manage Messages"),
        (EmbedLinks, "Embed Links"),
        (AttachFiles, "Attach Files"),
        (ReadMessageHistory, "Read Message History"),
        (MentionEveryone, "Mention Everyone"),
        (UseApplicationCommands, "Use Application Commands"),
        (SendMessagesInThreads, "Send Messages in Threads"),
    ];

    /// <summary>
    /// True when <paramref name="bitfield"/> holds every bit of <paramref name="required"/>, or ADMINISTRATOR.
    /// A missing or malformed bitfield grants nothing.
    /// </summary>
    public static bool Has(string? bitfield, ulong required) =>
        TryParse(bitfield, out var granted) && Grants(granted, required);

    /// <summary>Readable names of the required permissions the bitfield lacks (all of them when it is malformed).</summary>
    public static IReadOnlyList<string> Missing(string? bitfield, ulong required)
    {
        var granted = TryParse(bitfield, out var parsed) ? parsed : BigInteger.Zero;
        if (Grants(granted, required))
        {
            return [];
        }

        var missing = new List<string>();
        var unnamed = required;
        foreach (var (bit, name) in Names)
        {
            if ((required & bit) != 0)
            {
                unnamed &= ~bit;
                if ((granted & bit).IsZero)
                {
                    missing.Add(name);
                }
            }
        }

        for (var i = 0; i < 64; i++)
        {
            var bit = 1UL << i;
            if ((unnamed & bit) != 0 && (granted & bit).IsZero)
            {
                missing.Add($"Permission bit {i}");
            }
        }

        return missing;
    }

    /// <summary>Parses a decimal bitfield of any width; bits above 63 are kept so a future flag cannot overflow.</summary>
    public static bool TryParse(string? bitfield, out BigInteger value)
    {
        value = BigInteger.Zero;
        if (string.IsNullOrEmpty(bitfield) || bitfield.Length > 40 || !bitfield.All(char.IsAsciiDigit))
        {
            return false;
        }

        return BigInteger.TryParse(bitfield, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static bool Grants(BigInteger granted, ulong required) =>
        !(granted & Administrator).IsZero || (granted & required) == required;
}
