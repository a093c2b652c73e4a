using System.Globalization;
using SahelBot.Facts.Import;

namespace SahelBot.Cli;

/// <summary>The closing summary of an import: what was inserted, updated, left unchanged and skipped, and why.</summary>
internal static class ImportSummary
{
    public static void Write(TextWriter output, ImportReport report, string? skippedReportPath)
    {
        var invariant = CultureInfo.InvariantCulture;
        var mode = report.DryRun ? " (dry run: nothing written)" : report.Interrupted ? " (interrupted: the batch in progress was rolled back)" : "";
        output.WriteLine(string.Create(invariant, $"{report.FileName}: {report.Rows} rows read in {report.Elapsed.TotalSeconds:F1} s{mode}"));
        output.WriteLine(string.Create(invariant, $"  inserted {report.Inserted}, updated {report.Updated}, unchanged {report.Unchanged}, skipped {report.Skipped}"));
        if (report.MergedRows > 0 || report.SupersededRows > 0)
        {
            output.WriteLine(string.Create(invariant, $"  {report.MergedRows} more rows of events already read (one per actor in monadic files), {report.SupersededRows} older revisions of events also in the file"));
        }

        if (report.LinkedToCurated > 0)
        {
            output.WriteLine(string.Create(invariant, $"  {report.LinkedToCurated} events are curated incidents already: linked to them, not counted twice"));
        }

        if (report.Windows1252Bytes > 0)
        {
            output.WriteLine(string.Create(invariant, $"  {report.Windows1252Bytes} bytes were not UTF-8 and were read as Windows-1252"));
        }

        foreach (var (reason, count) in report.SkipReasons)
        {
            output.WriteLine(string.Create(invariant, $"  skipped {count}: {reason}"));
        }

        foreach (var row in report.SkippedRows)
        {
            var id = row.EventId is null ? "" : $" ({row.EventId})";
            output.WriteLine(string.Create(invariant, $"  line {row.Line}{id}: {row.Reason}"));
        }

        if (report.Skipped > report.SkippedRows.Count)
        {
            output.WriteLine(skippedReportPath is null
                ? string.Create(invariant, $"  … and {report.Skipped - report.SkippedRows.Count} more skipped rows (list them all with --skipped-report FILE)")
                : string.Create(invariant, $"  … and {report.Skipped - report.SkippedRows.Count} more skipped rows, all listed in {skippedReportPath}"));
        }

        foreach (var warning in report.Warnings)
        {
            output.WriteLine($"  note: {warning}");
        }
    }
}
