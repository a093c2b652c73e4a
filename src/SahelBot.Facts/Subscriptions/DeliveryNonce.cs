using System.Security.Cryptography;
using System.Text;

namespace SahelBot.Facts.Subscriptions;

/// <summary>Deterministic message nonces (Discord allows at most 25 characters): the same delivery always gets the same one.</summary>
public static class DeliveryNonce
{
    private const int HexLength = 24;

    /// <summary>"n" and 24 hex digits of SHA-256 over (incident, channel).</summary>
    public static string ForIncident(string incidentId, ulong channelId) => "n" + Hash($"{incidentId}\n{channelId}");

    /// <summary>"g" and 24 hex digits of SHA-256 over the channel and the digest's incidents in order.</summary>
    public static string ForDigest(IEnumerable<string> incidentIds, ulong channelId) =>
        "g" + Hash($"{channelId}\n{string.Join('\n', incidentIds.Order(StringComparer.Ordinal))}");

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..HexLength];
}
