using SahelBot.Facts.Import;

namespace SahelBot.Cli;

/// <summary>Every skipped row of an import, written as CSV (line, event_id, reason) while the import runs.</summary>
internal sealed class SkippedRowsFile : IDisposable
{
    private readonly StreamWriter writer;

    public SkippedRowsFile(string path)
    {
        writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        writer.WriteLine("line,event_id,reason");
    }

    public void Write(SkippedRow row) =>
        writer.WriteLine($"{row.Line},{Quote(row.EventId ?? "")},{Quote(row.Reason)}");

    public void Dispose() => writer.Dispose();

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
