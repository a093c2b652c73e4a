using System.Globalization;
using System.Text;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace SahelBot.Discord.Interactions;

/// <summary>
/// Checks Discord's Ed25519 signature over <c>X-Signature-Timestamp ++ raw body</c> with the application's public key.
/// </summary>
public sealed class InteractionSignatureVerifier
{
    public const int PublicKeyHexLength = 64;
    public const int SignatureHexLength = 128;

    // Discord documents no replay window; rejecting stale or future timestamps is our own choice.
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(1);

    private readonly Ed25519PublicKeyParameters _publicKey;
    private readonly TimeProvider _timeProvider;

    public InteractionSignatureVerifier(string publicKeyHex, TimeProvider? timeProvider = null)
    {
        if (!TryDecodeHex(publicKeyHex, PublicKeyHexLength, out var key))
        {
            throw new ArgumentException($"The public key must be {PublicKeyHexLength} hexadecimal characters.", nameof(publicKeyHex));
        }

        try
        {
            _publicKey = new Ed25519PublicKeyParameters(key, 0);
        }
        catch (ArgumentException exception)
        {
            throw new ArgumentException("The public key is not a valid Ed25519 public key.", nameof(publicKeyHex), exception);
        }

        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>False for a missing, malformed, stale or wrong signature; the body must be the bytes exactly as received.</summary>
    public bool Verify(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (!TryDecodeHex(signatureHex, SignatureHexLength, out var signature) || !IsFresh(timestamp))
        {
            return false;
        }

        var timestampBytes = Encoding.UTF8.GetBytes(timestamp!);
        var signer = new Ed25519Signer();
        signer.Init(forSigning: false, _publicKey);
        signer.BlockUpdate(timestampBytes, 0, timestampBytes.Length);
        signer.BlockUpdate(body);
        return signer.VerifySignature(signature);
    }

    private bool IsFresh(string? timestamp)
    {
        if (string.IsNullOrEmpty(timestamp) || timestamp.Length > 19 || !timestamp.All(char.IsAsciiDigit)
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        var age = _timeProvider.GetUtcNow().ToUnixTimeSeconds() - seconds;
        return age <= MaxAge.TotalSeconds && -age <= MaxClockSkew.TotalSeconds;
    }

    private static bool TryDecodeHex(string? hex, int expectedLength, out byte[] bytes)
    {
        bytes = [];
        if (hex is null || hex.Length != expectedLength || !hex.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        bytes = Convert.FromHexString(hex);
        return true;
    }
}
