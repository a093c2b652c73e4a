namespace SahelBot.Discord.Gateway;

/// <summary>What each gateway close code means for the client: stop, start a new session, or resume.</summary>
public static class GatewayCloseCodes
{
    public const int Normal = 1000;
    public const int GoingAway = 1001;
    public const int InvalidSequence = 4007;
    public const int SessionTimedOut = 4009;

    /// <summary>The code this client closes with when it gives up on a connection but wants to resume.</summary>
    public const int ClientReconnect = 4900;

    /// <summary>The fix an operator must make, for codes where reconnecting is pointless; <c>null</c> otherwise.</summary>
    public static string? FatalReason(int closeCode) => closeCode switch
    {
        4004 => "Discord closed the gateway with 4004: the bot token was rejected. Set a valid bot token (Discord:Token) from the Developer Portal.",
        4010 => "Discord closed the gateway with 4010: invalid shard. Check Discord:ShardId and Discord:ShardCount (ShardId must be below ShardCount).",
        4011 => "Discord closed the gateway with 4011: sharding required. The bot is in too many guilds for one connection; raise Discord:ShardCount.",
        4012 => "Discord closed the gateway with 4012: invalid API version. This client must speak gateway v10.",
        4013 => "Discord closed the gateway with 4013: invalid intents. The intents value sent in IDENTIFY is not a valid bitfield.",
        4014 => "Discord closed the gateway with 4014: privileged intents not enabled. Enable them in the Developer Portal (Bot > Privileged Gateway Intents) or stop requesting them.",
        _ => null,
    };

    /// <summary>Codes after which the old session cannot be resumed and the client must IDENTIFY again.</summary>
    public static bool RequiresNewSession(int? closeCode) =>
        closeCode is InvalidSequence or SessionTimedOut;
}
