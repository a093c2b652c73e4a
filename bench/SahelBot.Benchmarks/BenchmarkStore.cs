using SahelBot.Facts.Synthetic;

namespace SahelBot.Benchmarks;

/// <summary>
/// A copy of the shipped facts.db grown to N synthetic incidents, kept in the temp folder between runs
/// because growing a million rows takes longer than the measurements themselves.
/// </summary>
public static class BenchmarkStore
{
    public static async Task<string> GrownAsync(int incidents)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sahelbot-bench-{incidents}.db");
        if (File.Exists(path) && CountIncidents(path) >= incidents)
        {
            return path;
        }

        var building = path + ".building";
        File.Copy(FindShippedStore(), building, overwrite: true);
        await SyntheticIncidents.GrowAsync(building, incidents, seed: 2019);
        File.Move(building, path);
        return path;
    }

    // A cached file can be left half-built or overwritten by another run; only a full one is reused.
    private static long CountIncidents(string path)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM incidents";
        try
        {
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0;
        }
    }

    private static string FindShippedStore()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "facts.db");
            if (File.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "SahelBot.sln")))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("facts.db not found above " + AppContext.BaseDirectory);
    }
}
