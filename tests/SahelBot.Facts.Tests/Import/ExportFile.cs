using System.Text;

namespace SahelBot.Facts.Tests.Import;

/// <summary>
/// Writes a test export: a header line, then rows whose values are matched to the header's columns by
/// name (case-insensitive; columns a row does not name stay empty). Fields are quoted when they hold a
/// separator, a quote or a line break, as RFC 4180 asks.
/// </summary>
public sealed class ExportFile
{
    private readonly string header;
    private readonly List<IReadOnlyDictionary<string, string>> rows = [];

    public ExportFile(string header) => this.header = header;

    public bool Bom { get; init; }

    public bool Windows1252 { get; init; }

    public string NewLine { get; init; } = "\n";

    public ExportFile Add(IReadOnlyDictionary<string, string> row)
    {
        rows.Add(row);
        return this;
    }

    public string Text()
    {
        var columns = header.Split(',').Select(c => c.Trim('"')).ToList();
        var text = new StringBuilder(header).Append(NewLine);
        foreach (var row in rows)
        {
            var lookup = new Dictionary<string, string>(row, StringComparer.OrdinalIgnoreCase);
            text.AppendJoin(',', columns.Select(c => Quote(c.Length > 0 && lookup.TryGetValue(c, out var value) ? value : ""))).Append(NewLine);
        }

        return text.ToString();
    }

    public string WriteTo(string path)
    {
        var encoding = Windows1252 ? CodePagesEncodingProvider.Instance.GetEncoding(1252)! : new UTF8Encoding(Bom);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Text())).ToArray();
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
