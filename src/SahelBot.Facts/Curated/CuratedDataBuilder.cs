using System.Diagnostics;
using Dapper;
using Microsoft.Data.Sqlite;
using SahelBot.Facts.Search;

namespace SahelBot.Facts.Curated;

/// <summary>
/// Builds facts.db from data/curated. The build is all-or-nothing (a temp file moved into place) and
/// reproducible: fixed provenance, rows inserted in id order, VACUUM at the end.
/// </summary>
public static class CuratedDataBuilder
{
    public const string Origin = "curated";
    public const string CreatedBy = "curated-data";

    public static async Task<BuildReport> BuildAsync(string dataDirectory, string outputPath, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataDirectory);
        ArgumentException.ThrowIfNullOrEmpty(outputPath);
        var stopwatch = Stopwatch.StartNew();
        var data = await CuratedDataSet.LoadAsync(dataDirectory, ct);
        var countries = CuratedDataValidator.Validate(data);
        var createdAt = StableCreatedAt(data);

        var output = Path.GetFullPath(outputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        var temp = $"{output}.building-{Environment.ProcessId}-{Guid.NewGuid():N}";
        try
        {
            var store = FactStore.OpenOrCreate(temp);
            using (var connection = store.OpenConnection())
            {
                using (var transaction = connection.BeginTransaction())
                {
                    var writer = new CuratedRowWriter(connection, transaction, countries, IsoText.Timestamp(createdAt));
                    await writer.WriteAsync(data, ct);
                    await SearchIndex.RebuildAsync(connection, transaction);
                    transaction.Commit();
                }

                connection.Execute("VACUUM");
                connection.ExecuteScalar<long>("PRAGMA wal_checkpoint(TRUNCATE)");
            }

            ct.ThrowIfCancellationRequested();
            // A stale -wal next to the target would be replayed onto the new file.
            DeleteIfExists(output + "-wal");
            DeleteIfExists(output + "-shm");
            File.Move(temp, output, overwrite: true);
        }
        finally
        {
            DeleteIfExists(temp);
            DeleteIfExists(temp + "-wal");
            DeleteIfExists(temp + "-shm");
        }

        var citations = data.Incidents.Sum(i => i.SourceIds!.Count) + data.Groups.Sum(g => g.SourceIds!.Count)
            + data.Deployments.Sum(d => d.SourceIds!.Count);
        return new BuildReport(
            output, data.Countries.Count, data.Sources.Count, data.Incidents.Count, data.Groups.Count, data.Deployments.Count,
            citations, createdAt, stopwatch.Elapsed);
    }

    /// <summary>The newest date in the data (source publication or incident), at midnight UTC: stable across rebuilds.</summary>
    internal static DateTimeOffset StableCreatedAt(CuratedDataSet data)
    {
        var dates = data.Sources.Select(s => s.Published).Concat(data.Incidents.Select(i => i.Date))
            .Where(d => d is not null)
            .Select(d => IsoText.ParseDate(d!));
        var newest = dates.DefaultIfEmpty(new DateOnly(2000, 1, 1)).Max();
        return new DateTimeOffset(newest.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }

    private static void DeleteIfExists(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
