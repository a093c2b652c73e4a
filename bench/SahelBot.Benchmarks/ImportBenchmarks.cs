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
/// <c>.import</c> of the same file into a bare table (the floor: one table, no index, no mapping). Each case runs
/// in its own process; the peak working set printed at the end of a case shows whether memory stays flat
/// as the file grows. Needs sqlite3 on the PATH (Debian: apt-get install -y sqlite3).
/// Run: dotnet run -c Release --project bench/SahelBot.Benchmarks -- --filter '*ImportBenchmarks*'
/// </summary>
[Config(typeof(Settings))]
public class ImportBenchmarks
{
    private string folder = "";
    private string csv = "";
    private string template = "";
    private string target = "";
    private string bare = "";

    [Params(10_000, 100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
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
    public void Sqlite3Import()
    {
        using var shell = Process.Start(new ProcessStartInfo("sqlite3", [bare, $".import --csv {csv} acled"]) { RedirectStandardError = true })!;
        var error = shell.StandardError.ReadToEnd();
        shell.WaitForExit();
        if (shell.ExitCode != 0)
        {
            throw new InvalidOperationException($"sqlite3 failed: {error}");
        }
    }

    [Benchmark(Description = "sahelbot import acled")]
    public void SahelBotImport()
    {
        var report = new ConflictDataImporter(new FactStore(target)).ImportAsync(new ImportOptions(ConflictDataset.Acled, csv)).GetAwaiter().GetResult();
        if (report.Inserted != Rows)
        {
            throw new InvalidOperationException($"imported {report.Inserted} of {Rows} rows");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Console.WriteLine($"// peak working set of this case's process ({Rows} rows): {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
        Directory.Delete(folder, recursive: true);
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
