using System.CommandLine;
using SahelBot.Facts.Curated;
using SahelBot.Hosting;

namespace SahelBot.Cli;

/// <summary><c>sahelbot db build</c> and <c>sahelbot db check</c>: make facts.db from the curated files, and verify a store.</summary>
public static class DbVerb
{
    public static Command Create(Option<string?> database)
    {
        var data = new Option<string>("--data") { Description = "Folder of curated source files", DefaultValueFactory = _ => Path.Combine("data", "curated") };
        var build = new Command("build", "Build the fact store from the curated source files (refuses unsourced or inconsistent records)") { data };
        build.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.GetValue(database) ?? DatabaseLocator.FileName;
            try
            {
                var report = await CuratedDataBuilder.BuildAsync(parse.GetValue(data)!, output, cancellationToken);
                Console.Out.WriteLine($"built {Path.GetFullPath(output)}: {report.Incidents} incidents, {report.Groups} groups, {report.Deployments} deployments, {report.Sources} sources, {report.Countries} countries ({report.Elapsed.TotalSeconds:0.0} s)");
                return 0;
            }
            catch (Exception error) when (error is CuratedDataException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"sahelbot: {error.Message}");
                return 1;
            }
        });

        var check = new Command("check", "Run SQLite's integrity check on the fact store and print its counts");
        check.SetAction(async (parse, cancellationToken) =>
        {
            var path = DatabaseLocator.Locate(parse.GetValue(database));
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"sahelbot: fact store not found at {path}");
                return 2;
            }

            var report = await FactDatabaseCheck.RunAsync(path);
            Console.Out.WriteLine(report.ToString());
            return report.IsHealthy ? 0 : 1;
        });

        return new Command("db", "Build or check the fact store") { build, check, DbExportVerb.Create(database) };
    }
}
