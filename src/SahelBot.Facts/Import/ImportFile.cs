using System.IO.Compression;

namespace SahelBot.Facts.Import;

/// <summary>
/// An export opened for streaming: a .csv file as it is, or the one CSV inside a .zip (UCDP and ACLED
/// ship zipped CSVs; macOS resource-fork entries are ignored). Position reports progress through the file.
/// </summary>
internal sealed class ImportFile : IDisposable
{
    private readonly FileStream file;
    private readonly ZipArchive? archive;

    private ImportFile(FileStream file, ZipArchive? archive, Stream content, string name)
    {
        this.file = file;
        this.archive = archive;
        Content = new Utf8OrWindows1252Stream(content);
        Name = name;
    }

    /// <summary>The CSV bytes, transcoded to UTF-8 where the file is Windows-1252.</summary>
    public Utf8OrWindows1252Stream Content { get; }

    /// <summary>The file name (and the CSV's name inside a zip), for provenance.</summary>
    public string Name { get; }

    public long Length => file.Length;

    public long Position => file.Position;

    public static ImportFile Open(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        try
        {
            var name = Path.GetFileName(path);
            if (!path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                return new ImportFile(file, null, file, name);
            }

            var archive = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            var csvs = archive.Entries
                .Where(e => e.FullName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
                    && !e.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal)
                    && !e.Name.StartsWith("._", StringComparison.Ordinal))
                .ToList();
            if (csvs.Count != 1)
            {
                archive.Dispose();
                throw new ImportException(csvs.Count == 0
                    ? $"{name} holds no CSV file"
                    : $"{name} holds {csvs.Count} CSV files ({string.Join(", ", csvs.Select(e => e.FullName))}); unzip it and import one at a time");
            }

            return new ImportFile(file, archive, csvs[0].Open(), $"{name}/{csvs[0].FullName}");
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        Content.Dispose();
        archive?.Dispose();
        file.Dispose();
    }
}
