using System.Globalization;
using System.Text;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace SahelBot.Discord.Testing.Interactions;

/// <summary>Plays Discord's side of signed HTTP interactions: a fresh Ed25519 key pair that signs timestamp ++ body.</summary>
public sealed class InteractionSigner
{
    private readonly Ed25519PrivateKeyParameters _private;

    public InteractionSigner()
    {
        var generator = new Ed25519KeyPairGenerator();
        generator.Init(new Ed25519KeyGenerationParameters(new SecureRandom()));
        var pair = generator.GenerateKeyPair();
        _private = (Ed25519PrivateKeyParameters)pair.Private;
        PublicKeyHex = Convert.ToHexStringLower(((Ed25519PublicKeyParameters)pair.Public).GetEncoded());
    }

    /// <summary>What the Developer Portal shows as the application's public key.</summary>
    public string PublicKeyHex { get; }

    public static string Timestamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public string Sign(string timestamp, byte[] body)
    {
        var signer = new Ed25519Signer();
        signer.Init(forSigning: true, _private);
        var prefix = Encoding.UTF8.GetBytes(timestamp);
        signer.BlockUpdate(prefix, 0, prefix.Length);
        signer.BlockUpdate(body, 0, body.Length);
        return Convert.ToHexStringLower(signer.GenerateSignature());
    }
}
