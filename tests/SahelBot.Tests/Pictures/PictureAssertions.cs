using SahelBot.Discord.Models;
using SkiaSharp;

namespace SahelBot.Tests.Pictures;

/// <summary>Reads the picture a reply carries and its pixels.</summary>
public static class PictureAssertions
{
    public static FileAttachment SingleFile(InteractionResponse response, string fileName)
    {
        var file = Assert.Single(response.Files ?? []);
        Assert.Equal(fileName, file.FileName);
        Assert.Equal($"attachment://{fileName}", Assert.Single(response.Data!.Embeds!).Image!.Url);
        return file;
    }

    public static SKBitmap Decode(byte[] png)
    {
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        return SKBitmap.Decode(png) ?? throw new Xunit.Sdk.XunitException("The PNG does not decode");
    }

    /// <summary>True when every channel is within <paramref name="tolerance"/> of the expected colour.</summary>
    public static bool Near(SKColor actual, SKColor expected, int tolerance = 6) =>
        Math.Abs(actual.Red - expected.Red) <= tolerance
        && Math.Abs(actual.Green - expected.Green) <= tolerance
        && Math.Abs(actual.Blue - expected.Blue) <= tolerance;

    /// <summary><paramref name="top"/> drawn with <paramref name="alpha"/> over an opaque <paramref name="under"/>.</summary>
    public static SKColor Over(SKColor top, byte alpha, SKColor under) => new(
        (byte)(((top.Red * alpha) + (under.Red * (255 - alpha))) / 255),
        (byte)(((top.Green * alpha) + (under.Green * (255 - alpha))) / 255),
        (byte)(((top.Blue * alpha) + (under.Blue * (255 - alpha))) / 255));
}
