using SahelBot.Features.Common;
using SahelBot.Features.Pictures.Geo;
using SkiaSharp;

namespace SahelBot.Features.Pictures.Map;

/// <summary>
/// Draws /map as a 1280×1000 PNG: the country and its neighbours (Natural Earth outlines), its capital and region
/// towns, incidents as points sized by reported deaths and coloured by kind (dashed rings where the place was
/// matched approximately), a scale bar, a legend, the incidents that could not be placed, and the caption.
/// </summary>
public static class MapPicture
{
    public const int Width = 1280;
    public const int Height = 1000;

    /// <summary>The most incidents not placed that the map names under itself (the rest are counted).</summary>
    public const int UnplacedListed = 40;
    private const float MaxRadius = 34;
    private static readonly SKRect Legend = new(952, 100, 1252, 820);
    private static readonly int[] ScaleSteps = [50, 100, 200, 250, 500, 1000];
    private static readonly int[] SizeSamples = [1, 10, 50, 150];
    private static readonly float[] TownDash = [5, 3];
    private static readonly float[] RegionDash = [1.5f, 3];

    /// <summary>Where the map itself is drawn.</summary>
    public static SKRect Frame { get; } = new(28, 100, 928, 820);

    public static MapProjection ProjectionFor(CountryOutline country)
    {
        ArgumentNullException.ThrowIfNull(country);
        return new MapProjection(country.Bounds, Frame);
    }

    /// <summary>Radius of an incident's point: its area grows with the highest reported toll.</summary>
    public static float Radius(int? deaths) => deaths is > 0 ? Math.Min(MaxRadius, 4f + (2.1f * MathF.Sqrt(deaths.Value))) : 3.5f;

    public static byte[] Render(MapPictureModel model, Outlines outlines, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(outlines);
        ArgumentNullException.ThrowIfNull(gazetteer);
        var focus = outlines.Find(model.CountryCode) ?? throw new ArgumentException($"No outline for {model.CountryCode}", nameof(model));
        var projection = ProjectionFor(focus);
        using var picture = new PictureCanvas(Width, Height);
        var canvas = picture.Canvas;
        picture.Text(model.Title, 28, 46, 27, Ink.Text, bold: true, maxWidth: Width - 56);
        picture.Text(model.Subtitle, 28, 76, 15, Ink.Muted, maxWidth: Width - 56);

        canvas.Save();
        canvas.ClipRect(Frame);
        using (var sea = Ink.Fill(Ink.Sea))
        {
            canvas.DrawRect(Frame, sea);
        }

        var paths = outlines.All.ToDictionary(c => c.Iso2, c => PathOf(c, projection), StringComparer.Ordinal);
        try
        {
            foreach (var country in outlines.All.Where(c => c.Iso2 != focus.Iso2))
            {
                DrawCountry(canvas, paths[country.Iso2], Ink.Land, Ink.Border, 1);
            }

            DrawCountry(canvas, paths[focus.Iso2], Ink.Focus, Ink.FocusBorder, 2.2f);
            var scale = ScaleArea(projection);
            foreach (var country in outlines.All.Where(c => c.Iso2 != focus.Iso2))
            {
                DrawCountryName(picture, country, paths[country.Iso2], scale, model);
            }
        }
        finally
        {
            foreach (var path in paths.Values)
            {
                path.Dispose();
            }
        }

        var towns = gazetteer.Landmarks.Where(t => t.Country == model.CountryCode).OrderByDescending(Gazetteer.IsCapital).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
        using (var dot = Ink.Fill(Ink.Text))
        {
            foreach (var town in towns)
            {
                DrawTownMarker(picture.Canvas, town, projection, dot);
            }
        }

        // One point per spot, kind and placing, sized by its deadliest incident: the smaller ones of that kind would
        // only be drawn inside it, and 100 k incidents at a few hundred places stay a few hundred circles.
        var distinct = model.Spots
            .Where(p => p.How != Placement.None)
            .GroupBy(p => (p.Lat, p.Lon, p.How, p.Spot.Kind))
            .Select(g => g.OrderByDescending(p => p.Spot.Deadliest ?? -1).ThenBy(p => p.Spot.FirstId, StringComparer.Ordinal).First())
            .OrderByDescending(p => Radius(p.Spot.Deadliest))
            .ThenBy(p => p.Spot.FirstId, StringComparer.Ordinal);
        foreach (var point in distinct)
        {
            DrawPoint(canvas, point, projection);
        }

        var taken = new List<SKRect>();
        DrawIncidentLabels(picture, model, projection, taken);
        DrawTownLabels(picture, towns, projection, taken);
        DrawScale(picture, projection);
        canvas.Restore();
        using (var frame = Ink.Stroke(Ink.Axis, 1))
        {
            canvas.DrawRect(Frame, frame);
        }

        DrawLegend(picture, model);
        var y = Frame.Bottom + 28;
        foreach (var line in UnplacedLines(picture, model))
        {
            picture.Text(line, 28, y, 14, Ink.Text, maxWidth: Width - 56);
            y += 20;
        }

        y = Height - 12 - ((model.Caption.Count - 1) * 21);
        foreach (var line in model.Caption)
        {
            picture.Text(line, 28, y, 14, Ink.Muted, maxWidth: Width - 56);
            y += 21;
        }

        return picture.EncodePng();
    }

    private static SKPath PathOf(CountryOutline country, MapProjection projection)
    {
        using var builder = new SKPathBuilder { FillType = SKPathFillType.EvenOdd };
        foreach (var ring in country.Rings)
        {
            for (var i = 0; i < ring.Count; i++)
            {
                var point = projection.Project(ring[i].Lat, ring[i].Lon);
                if (i == 0)
                {
                    builder.MoveTo(point);
                }
                else
                {
                    builder.LineTo(point);
                }
            }

            builder.Close();
        }

        return builder.Detach();
    }

    private static void DrawCountry(SKCanvas canvas, SKPath path, SKColor fill, SKColor stroke, float width)
    {
        using var fillPaint = Ink.Fill(fill);
        canvas.DrawPath(path, fillPaint);
        using var strokePaint = Ink.Stroke(stroke, width);
        strokePaint.StrokeJoin = SKStrokeJoin.Round;
        canvas.DrawPath(path, strokePaint);
    }

    /// <summary>
    /// A neighbour's name where most of it is visible: the point of a coarse grid inside both the country and the
    /// frame that lies deepest inside them (fewest steps to an edge in the four directions).
    /// </summary>
    private static void DrawCountryName(PictureCanvas picture, CountryOutline country, SKPath path, SKRect scale, MapPictureModel model)
    {
        const float step = 24;
        var bounds = path.Bounds;
        if (!bounds.IntersectsWith(Frame))
        {
            return;
        }

        var name = (model.CountryNames.GetValueOrDefault(country.Iso2) ?? country.Name).ToUpperInvariant();
        var half = (picture.Measure(name, 14, bold: true) / 2) + 6;

        // Rectangle tests first: the path test is the costly one, and most grid points fail the cheap ones.
        bool Inside(float x, float y) => Frame.Contains(x, y) && bounds.Contains(x, y) && !scale.Contains(x, y) && path.Contains(x, y);
        var best = (Score: 0, X: 0f, Y: 0f);
        for (var y = Frame.Top + (step / 2); y < Frame.Bottom; y += step)
        {
            for (var x = Frame.Left + (step / 2); x < Frame.Right; x += step)
            {
                if (!Inside(x, y) || !Inside(x - half, y) || !Inside(x + half, y))
                {
                    continue;
                }

                var score = 0;
                while (score < 8 && Inside(x - half - (score * step / 2), y) && Inside(x + half + (score * step / 2), y)
                    && Inside(x, y - ((score + 1) * step / 2)) && Inside(x, y + ((score + 1) * step / 2)))
                {
                    score++;
                }

                if (score > best.Score)
                {
                    best = (score, x, y);
                }
            }
        }

        if (best.Score > 0)
        {
            picture.Text(name, best.X, best.Y + 5, 14, new SKColor(0xA3, 0x9E, 0x92), bold: true, align: SKTextAlign.Center);
        }
    }

    private static void DrawTownMarker(SKCanvas canvas, Town town, MapProjection projection, SKPaint dot)
    {
        var point = projection.Project(town.Lat, town.Lon);
        if (Gazetteer.IsCapital(town))
        {
            canvas.DrawRect(new SKRect(point.X - 4, point.Y - 4, point.X + 4, point.Y + 4), dot);
        }
        else
        {
            canvas.DrawCircle(point, 2.6f, dot);
        }
    }

    /// <summary>Town names over the points, with a white halo; a name that would overlap one already written is left out.</summary>
    private static void DrawTownLabels(PictureCanvas picture, IReadOnlyList<Town> towns, MapProjection projection, List<SKRect> taken)
    {
        foreach (var town in towns)
        {
            var point = projection.Project(town.Lat, town.Lon);
            var capital = Gazetteer.IsCapital(town);
            var size = capital ? 15f : 13f;
            var width = picture.Measure(town.Name, size, capital);
            var box = new SKRect(point.X + 6, point.Y - 6 - size, point.X + 8 + width, point.Y - 2);
            if (!Frame.Contains(box) || taken.Any(t => t.IntersectsWith(box)))
            {
                continue;
            }

            taken.Add(box);
            Halo(picture, town.Name, point.X + 7, point.Y - 6, size, Ink.Text, capital);
        }
    }

    /// <summary>The places of the deadliest incidents placed by coordinates or town (one per spot), beside their points, where they fit.</summary>
    private static void DrawIncidentLabels(PictureCanvas picture, MapPictureModel model, MapProjection projection, List<SKRect> taken)
    {
        const int labels = 6;
        const float size = 13;
        var deadliest = model.Spots
            // A point at its region's town carries that town's place, not the incident's: it gets no name.
            .Where(p => p.How is Placement.Stored or Placement.Town && p.Spot.Deadliest is > 0)
            .OrderByDescending(p => p.Spot.Deadliest)
            .ThenBy(p => p.Spot.FirstId, StringComparer.Ordinal)
            .DistinctBy(p => (p.Lat, p.Lon))
            .Take(labels);
        foreach (var point in deadliest)
        {
            var center = projection.Project(point.Lat!.Value, point.Lon!.Value);
            var radius = Radius(point.Spot.Deadliest);
            var name = TrendCommand.ShortPlace(point.Spot.Place);
            if (point.Town is { } town && Facts.TextNormalizer.Fold(town) != Facts.TextNormalizer.Fold(name))
            {
                name = model.Texts.NearTown(name, town);
            }

            var width = picture.Measure(name, size, bold: true);
            foreach (var left in new[] { center.X + radius + 4, center.X - radius - 4 - width })
            {
                var box = new SKRect(left - 2, center.Y - size + 1, left + width + 2, center.Y + 5);
                if (!Frame.Contains(box) || taken.Any(t => t.IntersectsWith(box)))
                {
                    continue;
                }

                taken.Add(box);
                Halo(picture, name, left, center.Y + 4, size, Ink.Text, bold: true);
                break;
            }
        }
    }

    private static void Halo(PictureCanvas picture, string text, float x, float y, float size, SKColor color, bool bold)
    {
        using var halo = Ink.Stroke(SKColors.White.WithAlpha(230), 3.5f);
        halo.StrokeJoin = SKStrokeJoin.Round;
        picture.Canvas.DrawText(text, x, y, SKTextAlign.Left, picture.Font(size, bold), halo);
        picture.Text(text, x, y, size, color, bold: bold);
    }

    private static void DrawPoint(SKCanvas canvas, PlacedSpot point, MapProjection projection)
    {
        var center = projection.Project(point.Lat!.Value, point.Lon!.Value);
        var radius = Radius(point.Spot.Deadliest);
        var color = Palette.Kind(point.Spot.Kind);
        if (point.How == Placement.Stored)
        {
            using var fill = Ink.Fill(color.WithAlpha(215));
            canvas.DrawCircle(center, radius, fill);
            using var outline = Ink.Stroke(SKColors.White, 1.2f);
            canvas.DrawCircle(center, radius, outline);
            return;
        }

        using var light = Ink.Fill(color.WithAlpha(80));
        canvas.DrawCircle(center, radius, light);
        using var ring = Ink.Stroke(color, 1.8f, point.How == Placement.Town ? TownDash : RegionDash);
        canvas.DrawCircle(center, radius, ring);
    }

    private static (int Km, float Length) Scale(MapProjection projection)
    {
        var km = ScaleSteps.FirstOrDefault(s => s * projection.PixelsPerKilometre >= 90, ScaleSteps[^1]);
        return (km, (float)(km * projection.PixelsPerKilometre));
    }

    private static SKRect ScaleArea(MapProjection projection) =>
        new(Frame.Left + 12, Frame.Bottom - 52, Frame.Left + 22 + Scale(projection).Length + 62, Frame.Bottom - 14);

    private static void DrawScale(PictureCanvas picture, MapProjection projection)
    {
        var (km, length) = Scale(projection);
        var x = Frame.Left + 22;
        var y = Frame.Bottom - 26;
        var area = ScaleArea(projection);
        using var box = Ink.Fill(SKColors.White.WithAlpha(210));
        picture.Canvas.DrawRect(area, box);
        using var bar = Ink.Stroke(Ink.Text, 2);
        picture.Canvas.DrawLine(x, y, x + length, y, bar);
        picture.Canvas.DrawLine(x, y - 6, x, y + 4, bar);
        picture.Canvas.DrawLine(x + length, y - 6, x + length, y + 4, bar);
        picture.Text("0", x, y - 10, 13, Ink.Text, align: SKTextAlign.Center);
        picture.Text($"{km} km", x + length + 6, y + 5, 13, Ink.Text);
    }

    private static void DrawLegend(PictureCanvas picture, MapPictureModel model)
    {
        var texts = model.Texts;
        var canvas = picture.Canvas;
        var x = Legend.Left;
        var y = Legend.Top + 16;
        picture.Text(texts.LegendKind, x, y, 16, Ink.Text, bold: true);
        y += 26;
        var perKind = model.Spots.GroupBy(p => p.Spot.Kind, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(p => p.Spot.Incidents), StringComparer.Ordinal);
        foreach (var kind in IncidentKinds.All)
        {
            var count = perKind.GetValueOrDefault(kind);
            if (count == 0)
            {
                continue;
            }

            using var fill = Ink.Fill(Palette.Kind(kind).WithAlpha(215));
            canvas.DrawCircle(x + 8, y - 5, 7, fill);
            picture.Text(texts.Kind(kind), x + 24, y, 14, Ink.Text, maxWidth: Legend.Width - 80);
            picture.Text(texts.Count(count), Legend.Right, y, 14, Ink.Muted, align: SKTextAlign.Right);
            y += 23;
        }

        y += 18;
        picture.Text(texts.LegendDeaths, x, y, 16, Ink.Text, bold: true);
        y += 12;
        using var sample = Ink.Fill(Ink.Muted.WithAlpha(150));
        var sx = x + 4;
        foreach (var deaths in SizeSamples)
        {
            var r = Radius(deaths);
            canvas.DrawCircle(sx + r, y + MaxRadius - r + 4, r, sample);
            picture.Text(texts.Count(deaths), sx + r, y + MaxRadius + 24, 13, Ink.Muted, align: SKTextAlign.Center);
            sx += (2 * r) + 16;
        }

        y += MaxRadius + 50;
        canvas.DrawCircle(x + 8, y - 5, Radius(null), sample);
        picture.Text(texts.DeathsNotReported, x + 24, y, 14, Ink.Muted);

        y += 38;
        picture.Text(texts.LegendPlacement, x, y, 16, Ink.Text, bold: true);
        y += 28;
        var perPlacement = model.Spots.GroupBy(p => p.How).ToDictionary(g => g.Key, g => g.Sum(p => p.Spot.Incidents));
        var placements = new[]
        {
            (Placement.Stored, texts.PlacedByCoordinates),
            (Placement.Town, texts.PlacedByTown),
            (Placement.Region, texts.PlacedByRegion),
        };
        foreach (var (how, label) in placements)
        {
            var marker = new PlacedSpot(new Facts.Model.MapSpot("", null, null, null, "other", 1, 4, 4, 4, ""), 0, 0, how);
            DrawLegendMarker(canvas, marker, new SKPoint(x + 10, y - 5));
            picture.Text(label, x + 28, y, 14, Ink.Text, maxWidth: Legend.Width - 70);
            picture.Text(texts.Count(perPlacement.GetValueOrDefault(how)), Legend.Right, y, 14, Ink.Muted, align: SKTextAlign.Right);
            y += 26;
        }

        picture.Text(texts.NotPlaced(perPlacement.GetValueOrDefault(Placement.None)).TrimEnd(':', ' '), x + 28, y, 14, Ink.Text);
    }

    private static void DrawLegendMarker(SKCanvas canvas, PlacedSpot marker, SKPoint center)
    {
        var color = Ink.Muted;
        const float radius = 8;
        if (marker.How == Placement.Stored)
        {
            using var fill = Ink.Fill(color.WithAlpha(215));
            canvas.DrawCircle(center, radius, fill);
            return;
        }

        using var light = Ink.Fill(color.WithAlpha(80));
        canvas.DrawCircle(center, radius, light);
        using var ring = Ink.Stroke(color, 1.8f, marker.How == Placement.Town ? TownDash : RegionDash);
        canvas.DrawCircle(center, radius, ring);
    }

    private static IEnumerable<string> UnplacedLines(PictureCanvas picture, MapPictureModel model)
    {
        if (model.UnplacedCount == 0)
        {
            return [];
        }

        const int maxLines = 3;
        var shown = Math.Min(model.Unplaced.Count, UnplacedListed);
        while (true)
        {
            var more = shown < model.UnplacedCount ? " " + model.Texts.AndMore(model.UnplacedCount - shown) : "";
            var text = $"{model.Texts.NotPlaced(model.UnplacedCount)} {string.Join(" · ", model.Unplaced.Take(shown))}{more}";
            var lines = picture.Wrap(text, 14, Width - 56);
            if (lines.Count <= maxLines || shown == 0)
            {
                return lines.Take(maxLines);
            }

            shown--;
        }
    }
}
