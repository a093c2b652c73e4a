using SkiaSharp;

namespace SahelBot.Features.Pictures.Trend;

/// <summary>
/// Draws /trend: incidents per period as bars stacked by group affiliation, and below them reported deaths as a
/// band per period (solid up to the lowest reported figure, light up to the highest), with the deadliest periods
/// labelled, a caption with period, sources and coverage, as a 1280×800 PNG.
/// </summary>
public static class TrendChart
{
    public const int Width = 1280;
    public const int Height = 800;
    private const float Left = 92;
    private const float Right = 36;
    private const float CaptionTop = 712;
    private const float CaptionLine = 21;
    private static readonly SKRect CountPanel = new(Left, 158, Width - Right, 388);
    private static readonly SKRect DeathPanel = new(Left, 446, Width - Right, 656);

    public static byte[] Render(TrendChartModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var picture = new PictureCanvas(Width, Height);
        var texts = model.Texts;
        picture.Text(model.Title, 28, 46, 27, Ink.Text, bold: true, maxWidth: Width - 56);
        picture.Text(model.Subtitle, 28, 76, 15, Ink.Muted, maxWidth: Width - 56);
        DrawAffiliationLegend(picture, model);

        var buckets = model.Buckets;
        var countTop = NiceTop(buckets.Count == 0 ? 1 : buckets.Max(b => b.Incidents), headroom: 1.08);
        var deathTop = NiceTop(buckets.Count == 0 ? 1 : buckets.Max(b => b.DeathsHigh), headroom: 1.3);
        DrawPanelFrame(picture, CountPanel, countTop, texts.IncidentsAxis);
        DrawPanelFrame(picture, DeathPanel, deathTop, texts.DeathsAxis);
        DrawDeathLegend(picture, model);
        DrawYearSeparators(picture, model);

        var slot = CountPanel.Width / Math.Max(1, buckets.Count);
        var bar = slot >= 4 ? slot * 0.78f : slot;
        for (var i = 0; i < buckets.Count; i++)
        {
            var x = CountPanel.Left + (i * slot) + ((slot - bar) / 2);
            var y = CountPanel.Bottom;
            for (var a = 0; a < buckets[i].Counts.Count; a++)
            {
                var count = buckets[i].Counts[a];
                if (count == 0)
                {
                    continue;
                }

                var height = count / countTop * CountPanel.Height;
                using var fill = Ink.Fill(Palette.Affiliation(Palette.Affiliations[a]));
                picture.Canvas.DrawRect(new SKRect(x, y - height, x + bar, y), fill);
                y -= height;
            }

            var low = buckets[i].DeathsLow / deathTop * DeathPanel.Height;
            var high = buckets[i].DeathsHigh / deathTop * DeathPanel.Height;
            using (var band = Ink.Fill(Ink.DeathsBand))
            {
                picture.Canvas.DrawRect(new SKRect(x, DeathPanel.Bottom - high, x + bar, DeathPanel.Bottom), band);
            }

            using (var solid = Ink.Fill(Ink.DeathsLow))
            {
                picture.Canvas.DrawRect(new SKRect(x, DeathPanel.Bottom - low, x + bar, DeathPanel.Bottom), solid);
            }
        }

        DrawAnnotations(picture, model, deathTop, slot);
        DrawYearLabels(picture, model);
        var y0 = CaptionTop;
        foreach (var line in model.Caption)
        {
            picture.Text(line, 28, y0, 14, Ink.Muted, maxWidth: Width - 56);
            y0 += CaptionLine;
        }

        return picture.EncodePng();
    }

    /// <summary>Where the bars of period <paramref name="index"/> of <paramref name="count"/> are centred (for tests).</summary>
    public static float BarCenter(int index, int count) => CountPanel.Left + ((index + 0.5f) * CountPanel.Width / Math.Max(1, count));

    /// <summary>The pixel row of the death panel's zero line and of its top (for tests).</summary>
    public static (float Bottom, float Top) DeathPanelRows => (DeathPanel.Bottom, DeathPanel.Top);

    private static void DrawAffiliationLegend(PictureCanvas picture, TrendChartModel model)
    {
        var x = 28f;
        const float y = 112;
        for (var a = 0; a < Palette.Affiliations.Count; a++)
        {
            if (!model.Buckets.Any(b => b.Counts[a] > 0))
            {
                continue;
            }

            var label = Capitalize(model.Texts.AffiliationName(Palette.Affiliations[a]));
            using var fill = Ink.Fill(Palette.Affiliation(Palette.Affiliations[a]));
            picture.Canvas.DrawRect(new SKRect(x, y - 12, x + 14, y + 2), fill);
            picture.Text(label, x + 20, y, 15, Ink.Text);
            x += 20 + picture.Measure(label, 15) + 26;
        }
    }

    private static void DrawDeathLegend(PictureCanvas picture, TrendChartModel model)
    {
        var x = DeathPanel.Left + picture.Measure(model.Texts.DeathsAxis, 16, bold: true) + 30;
        var y = DeathPanel.Top - 14;
        foreach (var (color, label) in new[] { (Ink.DeathsLow, model.Texts.DeathsLowest), (Ink.DeathsBand, model.Texts.DeathsRange) })
        {
            using var fill = Ink.Fill(color);
            picture.Canvas.DrawRect(new SKRect(x, y - 11, x + 14, y + 1), fill);
            picture.Text(label, x + 20, y, 14, Ink.Muted);
            x += 20 + picture.Measure(label, 14) + 24;
        }
    }

    private static void DrawPanelFrame(PictureCanvas picture, SKRect panel, float top, string title)
    {
        picture.Text(title, panel.Left, panel.Top - 14, 16, Ink.Text, bold: true);
        var step = NiceStep(top);
        using var grid = Ink.Stroke(Ink.Grid, 1);
        for (var value = 0f; value <= top + 0.001f; value += step)
        {
            var y = MathF.Round(panel.Bottom - (value / top * panel.Height)) + 0.5f;
            picture.Canvas.DrawLine(panel.Left, y, panel.Right, y, grid);
            picture.Text(Tick(value), panel.Left - 10, y + 5, 13, Ink.Muted, align: SKTextAlign.Right);
        }

        using var axis = Ink.Stroke(Ink.Axis, 1.2f);
        picture.Canvas.DrawLine(panel.Left, panel.Bottom + 0.5f, panel.Right, panel.Bottom + 0.5f, axis);
    }

    private static void DrawYearSeparators(PictureCanvas picture, TrendChartModel model)
    {
        if (model.By == TrendPeriods.Year)
        {
            return;
        }

        using var line = Ink.Stroke(Ink.Grid, 1);
        foreach (var (index, _) in YearStarts(model))
        {
            var x = MathF.Round(CountPanel.Left + (index * CountPanel.Width / model.Buckets.Count)) + 0.5f;
            picture.Canvas.DrawLine(x, CountPanel.Top, x, CountPanel.Bottom, line);
            picture.Canvas.DrawLine(x, DeathPanel.Top, x, DeathPanel.Bottom, line);
        }
    }

    private static void DrawYearLabels(PictureCanvas picture, TrendChartModel model)
    {
        var count = model.Buckets.Count;
        if (count == 0)
        {
            return;
        }

        var slot = DeathPanel.Width / count;
        var y = DeathPanel.Bottom + 22;
        using var tick = Ink.Stroke(Ink.Axis, 1.2f);
        if (model.By == TrendPeriods.Year)
        {
            var every = Math.Max(1, (int)Math.Ceiling(48 / slot));
            for (var i = 0; i < count; i += every)
            {
                picture.Text(model.Buckets[i].Start.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), BarCenter(i, count), y, 13, Ink.Muted, align: SKTextAlign.Center);
            }

            return;
        }

        var perYear = model.By == TrendPeriods.Month ? 12 : 4;
        var everyYears = Math.Max(1, (int)Math.Ceiling(44 / (slot * perYear)));
        var starts = YearStarts(model).ToList();
        foreach (var (index, year) in starts)
        {
            var x = DeathPanel.Left + (index * slot);
            picture.Canvas.DrawLine(x, DeathPanel.Bottom, x, DeathPanel.Bottom + 6, tick);
        }

        // Each year's label sits under the middle of its periods, when enough of the year is shown.
        var years = model.Buckets.Select((b, i) => (b.Start.Year, i)).GroupBy(p => p.Year).ToList();
        foreach (var year in years)
        {
            var first = year.Min(p => p.i);
            var last = year.Max(p => p.i);
            if (year.Key % everyYears != 0 || (last - first + 1) * slot < 36)
            {
                continue;
            }

            var center = DeathPanel.Left + ((first + last + 1) / 2f * slot);
            picture.Text(year.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), center, y, 13, Ink.Muted, align: SKTextAlign.Center);
        }
    }

    private static IEnumerable<(int Index, int Year)> YearStarts(TrendChartModel model) =>
        model.Buckets.Select((b, i) => (b, i)).Where(p => p.i > 0 && p.b.Start.Month == 1).Select(p => (p.i, p.b.Start.Year));

    /// <summary>
    /// Labels over the deadliest periods. Each label tries rows going up and three anchors (centred, extending right,
    /// extending left), first without covering another labelled bar, then allowing it; a label never covers another
    /// label or the leader line of one, and is left out when nothing fits.
    /// </summary>
    private static void DrawAnnotations(PictureCanvas picture, TrendChartModel model, float deathTop, float slot)
    {
        var anchors = new List<(float X, float Top, string Label)>();
        foreach (var (period, label) in model.Annotations)
        {
            var index = model.Buckets.ToList().FindIndex(b => b.Start == period);
            if (index >= 0)
            {
                anchors.Add((BarCenter(index, model.Buckets.Count), DeathPanel.Bottom - (model.Buckets[index].DeathsHigh / deathTop * DeathPanel.Height), label));
            }
        }

        // The labelled bars themselves are obstacles too.
        var placed = anchors.Select(a => new SKRect(a.X - (slot / 2), a.Top, a.X + (slot / 2), DeathPanel.Bottom)).ToList();
        using var leader = Ink.Stroke(Ink.Muted, 1);
        foreach (var (x, top, label) in anchors)
        {
            var width = picture.Measure(label, 13, bold: true);
            var spot = FindSpot(x, top, width, strict: true) ?? FindSpot(x, top, width, strict: false);
            if (spot is not { } box)
            {
                continue;
            }

            placed.Add(box);
            placed.Add(new SKRect(x - 1, box.Bottom - 1, x + 1, top - 1));
            picture.Canvas.DrawLine(x, box.Bottom - 1, x, top - 1, leader);
            picture.Text(label, box.Left + 4, box.Bottom - 4, 13, Ink.Text, bold: true);
        }

        SKRect? FindSpot(float x, float top, float width, bool strict)
        {
            for (var row = 0; row < 5; row++)
            {
                var baseline = top - 8 - (row * 18);
                foreach (var left in new[] { x - (width / 2), x - 6, x + 6 - width })
                {
                    var l = Math.Clamp(left, DeathPanel.Left + 2, DeathPanel.Right - width - 2);
                    var box = new SKRect(l - 4, baseline - 14, l + width + 4, baseline + 4);
                    var stem = new SKRect(x - 1, box.Bottom - 1, x + 1, top - 1);
                    if (box.Top < DeathPanel.Top - 6
                        || placed.Any(p => p.IntersectsWith(box) || p.IntersectsWith(stem))
                        || (strict && anchors.Any(a => a.X != x && a.X >= box.Left && a.X <= box.Right)))
                    {
                        continue;
                    }

                    return box;
                }
            }

            return null;
        }
    }

    private static float NiceTop(int max, double headroom)
    {
        var target = Math.Max(1, max * headroom);
        var step = NiceStep((float)target);
        return (float)(Math.Ceiling(target / step) * step);
    }

    private static float NiceStep(float top)
    {
        var raw = top / 4;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(Math.Max(raw, 1))));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        return (float)Math.Max(1, Math.Ceiling(step));
    }

    private static string Tick(float value) => ((int)Math.Round(value)).ToString("#,0", System.Globalization.CultureInfo.InvariantCulture);

    // "al-Qaeda" keeps its lower-case article; "separatist" reads "Separatist" in a legend.
    private static string Capitalize(string text) =>
        text.Length == 0 || text.StartsWith("al-", StringComparison.Ordinal) ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
