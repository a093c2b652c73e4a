using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using SahelBot.Facts;
using SahelBot.Facts.Import;

namespace SahelBot.Benchmarks;

/// <summary>
/// <c>sahelbot import acled</c> of a made-up N-row export into a copy of facts.db, against the sqlite3 shell's
/// <c>.import</c> of the same file into a bare table (one table, no index, no mapping), and against the sqlite3
/// shell copying the rows that import stores into the same schema in one transaction (no parsing, no mapping: what
/// the store's tables, indexes, full-text index and constraints cost by themselves). Each case runs in its own
/// process; the peak working set printed at the end of the import's case shows whether memory stays flat as the
/// file grows. Needs sqlite3 on the PATH (Debian: apt-get install -y sqlite3).
/// Run: dotnet run -c Release --project bench/SahelBot.Benchmarks -- --filter '*ImportBenchmarks*'
/// </summary>
[Config(typeof(Settings))]
public class ImportBenchmarks
{
    // Every row the import stores, copied table by table in one transaction with the import connection's settings;
    // the place_names trigger fires as it does for the import. Both files are copies of one store, so columns line up.
    private const string CopySql = """
        PRAGMA synchronous = NORMAL;
        PRAGMA foreign_keys = ON;
        ATTACH '@imported' AS imported;
        BEGIN;
        INSERT INTO incidents SELECT * FROM imported.incidents WHERE origin = 'acled';
        INSERT INTO sources SELECT * FROM imported.sources WHERE origin = 'acled';
        INSERT INTO incident_sources SELECT * FROM imported.incident_sources WHERE incident_id >= 'inc-acled-' AND incident_id < 'inc-acled.';
        INSERT INTO incident_imports SELECT * FROM imported.incident_imports;
        INSERT INTO incident_actors SELECT * FROM imported.incident_actors;
        INSERT INTO audit_log (at, actor, guild_id, action, entity, entity_id, before_json, after_json, reason)
          SELECT at, actor, guild_id, action, entity, entity_id, before_json, after_json, reason FROM imported.audit_log WHERE action = 'import';
        INSERT INTO search_documents (kind, entity_id) SELECT 'incident', id FROM imported.incidents WHERE origin = 'acled' ORDER BY id;
        INSERT INTO search_text (rowid, title, names, context, body)
          SELECT d.doc_id, t.title, t.names, t.context, t.body
          FROM imported.search_documents s
          JOIN imported.search_text t ON t.rowid = s.doc_id
          JOIN search_documents d ON d.kind = s.kind AND d.entity_id = s.entity_id
          WHERE s.kind = 'incident' AND s.entity_id >= 'inc-acled-' AND s.entity_id < 'inc-acled.';
        COMMIT;
        """;

    private string folder = "";
    private string csv = "";
    private string template = "";
    private string target = "";
    private string bare = "";
    private string copyScript = "";

    [Params(10_000, 100_000, 300_000)]
    public int Rows { get; set; }

    [GlobalSetup(Targets = [nameof(Sqlite3Import), nameof(SahelBotImport)])]
    public void Setup()
    {
        folder = Path.Combine(Path.GetTempPath(), $"sahelbot-import-bench-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        csv = ImportBenchmarkFile.Write(Path.Combine(folder, $"acled-{Rows}.csv"), Rows);
        template = Path.Combine(folder, "template.db");
        File.Copy(FindShippedStore(), template, overwrite: true);
        FactStore.OpenOrCreate(template);
        target = Path.Combine(folder, "facts.db");
        bare = Path.Combine(folder, "bare.db");
    }

    [GlobalSetup(Target = nameof(Sqlite3CopyIntoSchema))]
    public void SetupCopy()
    {
        Setup();
        var imported = Path.Combine(folder, "imported.db");
        File.Copy(template, imported, overwrite: true);
        new ConflictDataImporter(new FactStore(imported)).ImportAsync(new ImportOptions(ConflictDataset.Acled, csv)).GetAwaiter().GetResult();
        copyScript = Path.Combine(folder, "copy.sql");
        File.WriteAllText(copyScript, CopySql.Replace("@imported", imported, StringComparison.Ordinal));
    }

    [IterationSetup]
    public void Fresh()
    {
        foreach (var path in new[] { target, target + "-wal", target + "-shm", bare })
        {
            File.Delete(path);
        }

        File.Copy(template, target);
    }

    [Benchmark(Baseline = true, Description = "sqlite3 .import into a bare table")]
    public void Sqlite3Import() => RunSqlite3(bare, $".import --csv {csv} acled");

    [Benchmark(Description = "sqlite3 copy of the imported rows into the store's schema")]
    public void Sqlite3CopyIntoSchema() => RunSqlite3(target, ".read " + copyScript);

    [Benchmark(Description = "sahelbot import acled")]
    public void SahelBotImport()
    {
        var report = new ConflictDataImporter(new FactStore(target)).ImportAsync(new ImportOptions(ConflictDataset.Acled, csv)).GetAwaiter().GetResult();
        if (report.Inserted != Rows)
        {
            throw new InvalidOperationException($"imported {report.Inserted} of {Rows} rows");
        }
    }

    [GlobalCleanup(Target = nameof(SahelBotImport))]
    public void CleanupImport()
    {
        Console.WriteLine($"// peak working set of this case's process ({Rows} rows): {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
        Cleanup();
    }

    [GlobalCleanup(Targets = [nameof(Sqlite3Import), nameof(Sqlite3CopyIntoSchema)])]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    private static void RunSqlite3(string database, string command)
    {
        using var shell = Process.Start(new ProcessStartInfo("sqlite3", ["-bail", database, command]) { RedirectStandardError = true })!;
        var error = shell.StandardError.ReadToEnd();
        shell.WaitForExit();
        if (shell.ExitCode != 0)
        {
            throw new InvalidOperationException($"sqlite3 failed: {error}");
        }
    }

    // Few iterations of a long operation; a build timeout that a busy two-core machine does not hit.
    private sealed class Settings : ManualConfig
    {
        public Settings()
        {
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3));
            AddDiagnoser(MemoryDiagnoser.Default);
            WithBuildTimeout(TimeSpan.FromMinutes(15));
        }
    }

    private static string FindShippedStore()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "facts.db")) && File.Exists(Path.Combine(dir.FullName, "SahelBot.sln")))
            {
                return Path.Combine(dir.FullName, "facts.db");
            }
        }

        throw new FileNotFoundException("facts.db not found above " + AppContext.BaseDirectory);
    }
}
