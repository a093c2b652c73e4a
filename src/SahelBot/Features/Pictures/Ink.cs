using SkiaSharp;

namespace SahelBot.Features.Pictures;

/// <summary>The neutral colours both pictures share, so a chart and a map read as one family.</summary>
public static class Ink
{
    public static readonly SKColor Background = new(0xFF, 0xFF, 0xFF);
    public static readonly SKColor Text = new(0x21, 0x25, 0x29);
    public static readonly SKColor Muted = new(0x5F, 0x66, 0x6D);
    public static readonly SKColor Grid = new(0xE3, 0xE6, 0xE9);
    public static readonly SKColor Axis = new(0x9A, 0xA1, 0xA8);
    public static readonly SKColor DeathsLow = new(0xA9, 0x32, 0x26);
    public static readonly SKColor DeathsBand = new(0xEE, 0xB4, 0xAA);
    public static readonly SKColor Land = new(0xF3, 0xF0, 0xE8);
    public static readonly SKColor Focus = new(0xFC, 0xF8, 0xEC);
    public static readonly SKColor Sea = new(0xE4, 0xEC, 0xF2);
    public static readonly SKColor Border = new(0xB9, 0xB4, 0xA8);
    public static readonly SKColor FocusBorder = new(0x55, 0x55, 0x55);

    public static SKPaint Fill(SKColor color) => new() { Color = color, Style = SKPaintStyle.Fill, IsAntialias = true };

    public static SKPaint Stroke(SKColor color, float width, float[]? dash = null) => new()
    {
        Color = color,
        Style = SKPaintStyle.Stroke,
        StrokeWidth = width,
        IsAntialias = true,
        PathEffect = dash is null ? null : SKPathEffect.CreateDash(dash, 0),
    };
}
