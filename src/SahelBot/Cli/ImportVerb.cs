using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using SahelBot.Facts;
using SahelBot.Facts.Import;
using SahelBot.Hosting;

namespace SahelBot.Cli;

/// <summary>
/// <c>sahelbot import acled FILE</c> and <c>sahelbot import ucdp FILE</c>: stream an ACLED or UCDP GED export
/// into the fact store, keyed on the dataset's event ids so that running it again updates instead of duplicating.
/// </summary>
public static class ImportVerb
{
    private const int SkippedLinesShown = 20;

    public static Command Create(Option<string?> database)
    {
        var countries = new Option<string[]>("--countries")
        {
            Description = "Countries to import, names or codes, comma-separated (default: Mali, Burkina Faso, Niger, Chad, Mauritania)",
            AllowMultipleArgumentsPerToken = true,
            Recursive = true,
        };
        var since = new Option<string?>("--since") { Description = "Import only events on or after this date (yyyy-MM-dd)", Recursive = true };
        var dryRun = new Option<bool>("--dry-run") { Description = "Read and count everything, write nothing", Recursive = true };
        var strict = new Option<bool>("--strict") { Description = "Stop at the first row that cannot be read, with nothing written", Recursive = true };
        var allTypes = new Option<bool>("--all-event-types")
        {
            Description = "Also import protests, riots and strategic developments (as kind \"other\"); left out by default",
            Recursive = true,
        };
        var skippedReport = new Option<string?>("--skipped-report") { Description = "Write every skipped row (line, event id, reason) to this CSV file", Recursive = true };
        var batchSize = new Option<int>("--batch-size") { Description = "Events per transaction", DefaultValueFactory = _ => ImportOptions.DefaultBatchSize, Recursive = true };
        var import = new Command("import", "Import conflict events from an ACLED or UCDP GED export (CSV, or a zip holding one)")
        {
            countries, since, dryRun, strict, allTypes, skippedReport, batchSize,
        };
        foreach (var (name, dataset, description) in new[]
        {
            ("acled", ConflictDataset.Acled, "Import an ACLED export (any layout: current, 2019–2022, monadic, regional, pre-2017)"),
            ("ucdp", ConflictDataset.Ucdp, "Import a UCDP GED file (GED 19.1 to current, candidate files, HDX copies)"),
        })
        {
            var file = new Argument<string>("file") { Description = "The export file (.csv or .zip)" };
            var verb = new Command(name, description) { file };
            verb.SetAction((parse, cancellationToken) =>
            {
                var output = parse.InvocationConfiguration.Output;
                var error = parse.InvocationConfiguration.Error;
                var request = new ImportRequest(
                    dataset,
                    parse.GetValue(file)!,
                    parse.GetValue(database),
                    parse.GetValue(countries) ?? [],
                    parse.GetValue(since),
                    parse.GetValue(dryRun),
                    parse.GetValue(strict),
                    parse.GetValue(allTypes),
                    parse.GetValue(skippedReport),
                    parse.GetValue(batchSize));
                return RunFromConsoleAsync(request, output, error, cancellationToken);
            });
            import.Subcommands.Add(verb);
        }

        return import;
    }

    // Ctrl+C (or SIGTERM) stops the import between rows or batch steps, rolls the batch in progress back and
    // still prints the summary, instead of the runtime ending the process mid-batch.
    private static async Task<int> RunFromConsoleAsync(ImportRequest request, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var fromConsole = ReferenceEquals(error, Console.Error);
        using var interrupt = fromConsole ? PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop) : null;
        using var terminate = fromConsole ? PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop) : null;
        return await RunAsync(request, output, error, ShowProgress(error), stop.Token);

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
    }

    internal static async Task<int> RunAsync(ImportRequest request, TextWriter output, TextWriter error, bool showProgress, CancellationToken cancellationToken)
    {
        DateOnly? since = null;
        if (request.Since is not null)
        {
            if (!DateOnly.TryParseExact(request.Since, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return Fail(error, $"--since '{request.Since}' is not a date (yyyy-MM-dd)", 2);
            }

            since = parsed;
        }

        if (request.BatchSize < 1)
        {
            return Fail(error, "--batch-size must be 1 or more", 2);
        }

        var path = DatabaseLocator.Locate(request.DatabasePath);
        if (!File.Exists(path))
        {
            return Fail(error, $"fact store not found at {path}; pass --db PATH or build one with `sahelbot db build`", 2);
        }

        var options = new ImportOptions(request.Dataset, request.File)
        {
            Countries = request.Countries,
            Since = since,
            DryRun = request.DryRun,
            Strict = request.Strict,
            AllEventTypes = request.AllEventTypes,
            BatchSize = request.BatchSize,
            MaxSkippedRowsKept = SkippedLinesShown,
        };

        using var progress = showProgress ? new ImportProgressBar(error) : null;
        // Said at once: if stopping takes longer than the command line waits, the process ends before the summary.
        using var interrupted = cancellationToken.Register(() => error.WriteLine(
            "\nsahelbot: interrupted; the batch in progress is rolled back, the batches before it stay imported"));
        using var skippedWriter = request.SkippedReport is null ? null : new SkippedRowsFile(request.SkippedReport);
        try
        {
            // Opening applies pending migrations: the import tables come with the store's schema.
            var store = request.DryRun ? new FactStore(path) : FactStore.OpenOrCreate(path);
            if (request.DryRun && store.SchemaVersion() < FactStore.LatestSchemaVersion)
            {
                return Fail(error, $"{path} needs a schema update first (run the import once without --dry-run, or `sahelbot db build`)", 2);
            }

            var report = await new ConflictDataImporter(store).ImportAsync(options, progress, skippedWriter is null ? null : skippedWriter.Write, cancellationToken);
            progress?.Done();
            ImportSummary.Write(output, report, request.SkippedReport);
            return report.Interrupted ? 130 : 0;
        }
        catch (ImportException failure)
        {
            progress?.Done();
            return Fail(error, failure.Message, 1);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException or InvalidDataException or Microsoft.Data.Sqlite.SqliteException)
        {
            progress?.Done();
            return Fail(error, failure.Message, 1);
        }
    }

    private static bool ShowProgress(TextWriter error) => ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;

    private static int Fail(TextWriter error, string message, int exitCode)
    {
        error.WriteLine($"sahelbot: {message}");
        return exitCode;
    }
}
