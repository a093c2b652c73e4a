using SkiaSharp;

namespace SahelBot.Features.Pictures;

/// <summary>
/// The typefaces every picture uses, loaded from the assembly: the Linux native assets without dependencies
/// have no fontconfig, so SkiaSharp's default typeface can be empty; bundling DejaVu Sans also makes the
/// pixels the same on every machine.
/// </summary>
public static class PictureFonts
{
    public static SKTypeface Regular { get; } = Load("DejaVuSans.ttf");

    public static SKTypeface Bold { get; } = Load("DejaVuSans-Bold.ttf");

    public static SKFont Font(float size, bool bold = false) => new(bold ? Bold : Regular, size)
    {
        Edging = SKFontEdging.Antialias,
        Subpixel = false,
        Hinting = SKFontHinting.None,
    };

    private static SKTypeface Load(string name)
    {
        using var stream = PictureResources.Open(name);
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"Font {name} could not be read");
    }
}
