using System.Text;
using System.Text.Json;
using SahelBot.Discord.Interactions;
using SahelBot.Discord.Testing.Interactions;
using SahelBot.Discord.Testing.Time;
using SahelBot.Discord.Tests.Payloads;

namespace SahelBot.Discord.Tests.Interactions;

public class InteractionSignatureVerifierTests
{
    private static readonly JsonElement Vector = JsonDocument.Parse(PayloadFiles.Read("signature-test-vector.json")).RootElement;
    private static readonly string VectorKey = Vector.GetProperty("public_key_hex").GetString()!;
    private static readonly string VectorSignature = Vector.GetProperty("headers").GetProperty("X-Signature-Ed25519").GetString()!;
    private static readonly string VectorTimestamp = Vector.GetProperty("headers").GetProperty("X-Signature-Timestamp").GetString()!;
    private static readonly byte[] VectorBody = Encoding.UTF8.GetBytes(Vector.GetProperty("raw_body").GetString()!);

    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1786352400);

    private static InteractionSignatureVerifier VectorVerifier(DateTimeOffset? now = null) =>
        new(VectorKey, new ManualTimeProvider(now ?? Now));

    public static TheoryData<int> NegativeCases() => new(Enumerable.Range(0, Vector.GetProperty("negative_cases").GetArrayLength()));

    [Fact]
    public void TestVectorIsValid() => Assert.True(VectorVerifier().Verify(VectorSignature, VectorTimestamp, VectorBody));

    [Theory]
    [MemberData(nameof(NegativeCases))]
    public void TestVectorNegativeCaseIsRejected(int index)
    {
        var negative = Vector.GetProperty("negative_cases")[index];
        var body = Encoding.UTF8.GetBytes(negative.GetProperty("raw_body").GetString()!);
        var timestamp = negative.TryGetProperty("timestamp_header", out var t) ? t.GetString() : VectorTimestamp;

        Assert.False(VectorVerifier().Verify(VectorSignature, timestamp, body));
    }

    [Fact]
    public void UppercaseHexSignatureIsAccepted() =>
        Assert.True(VectorVerifier().Verify(VectorSignature.ToUpperInvariant(), VectorTimestamp, VectorBody));

    [Fact]
    public void MissingSignatureIsRejected() => Assert.False(VectorVerifier().Verify(null, VectorTimestamp, VectorBody));

    [Fact]
    public void MissingTimestampIsRejected() => Assert.False(VectorVerifier().Verify(VectorSignature, null, VectorBody));

    [Fact]
    public void NonHexSignatureIsRejected() =>
        Assert.False(VectorVerifier().Verify("zz" + VectorSignature[2..], VectorTimestamp, VectorBody));

    [Fact]
    public void ShortSignatureIsRejected() => Assert.False(VectorVerifier().Verify(VectorSignature[..126], VectorTimestamp, VectorBody));

    [Fact]
    public void LongSignatureIsRejected() => Assert.False(VectorVerifier().Verify(VectorSignature + "00", VectorTimestamp, VectorBody));

    [Fact]
    public void FlippedSignatureBitIsRejected()
    {
        var flipped = (VectorSignature[0] == '2' ? "3" : "2") + VectorSignature[1..];

        Assert.False(VectorVerifier().Verify(flipped, VectorTimestamp, VectorBody));
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("-1786352400")]
    [InlineData("1786352400.5")]
    [InlineData(" 1786352400")]
    public void NonNumericTimestampIsRejected(string timestamp) => Assert.False(VectorVerifier().Verify(VectorSignature, timestamp, VectorBody));

    [Fact]
    public void TimestampOlderThanFiveMinutesIsRejected() =>
        Assert.False(VectorVerifier(Now.AddMinutes(5).AddSeconds(1)).Verify(VectorSignature, VectorTimestamp, VectorBody));

    [Fact]
    public void TimestampFiveMinutesOldIsAccepted() =>
        Assert.True(VectorVerifier(Now.AddMinutes(5)).Verify(VectorSignature, VectorTimestamp, VectorBody));

    [Fact]
    public void TimestampMoreThanOneMinuteAheadIsRejected() =>
        Assert.False(VectorVerifier(Now.AddSeconds(-61)).Verify(VectorSignature, VectorTimestamp, VectorBody));

    [Fact]
    public void TimestampOneMinuteAheadIsAccepted() =>
        Assert.True(VectorVerifier(Now.AddSeconds(-60)).Verify(VectorSignature, VectorTimestamp, VectorBody));

    [Fact]
    public void FreshlySignedBodyIsValid()
    {
        var key = new InteractionSigner();
        var body = Encoding.UTF8.GetBytes("""{"type":2,"id":"1"}""");
        var timestamp = InteractionSigner.Timestamp(Now);

        Assert.True(new InteractionSignatureVerifier(key.PublicKeyHex, new ManualTimeProvider(Now)).Verify(key.Sign(timestamp, body), timestamp, body));
    }

    [Fact]
    public void SignatureFromAnotherKeyIsRejected()
    {
        var body = Encoding.UTF8.GetBytes("""{"type":1}""");
        var timestamp = InteractionSigner.Timestamp(Now);

        Assert.False(new InteractionSignatureVerifier(new InteractionSigner().PublicKeyHex, new ManualTimeProvider(Now)).Verify(new InteractionSigner().Sign(timestamp, body), timestamp, body));
    }

    [Fact]
    public void SignatureOverBodyAloneIsRejected()
    {
        var key = new InteractionSigner();
        var body = Encoding.UTF8.GetBytes("""{"type":1}""");
        var timestamp = InteractionSigner.Timestamp(Now);

        Assert.False(new InteractionSignatureVerifier(key.PublicKeyHex, new ManualTimeProvider(Now)).Verify(key.Sign("", body), timestamp, body));
    }

    [Theory]
    [InlineData("")]
    [InlineData("d97130f6775e045838877971288697b80de58519cb57078ae517d9091e9d26")]
    [InlineData("g97130f6775e045838877971288697b80de58519cb57078ae517d9091e9d2639")]
    [InlineData("ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")]
    public void MalformedPublicKeyIsRefused(string key) =>
        Assert.Throws<ArgumentException>(() => new InteractionSignatureVerifier(key));
}
