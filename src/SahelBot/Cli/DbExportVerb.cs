using System.CommandLine;
using SahelBot.Facts;
using SahelBot.Facts.Export;
using SahelBot.Hosting;

namespace SahelBot.Cli;

/// <summary><c>sahelbot db export DIR</c>: the store's published curated and moderator facts as the files <c>db build</c> reads, for review.</summary>
public static class DbExportVerb
{
    public static Command Create(Option<string?> database)
    {
        var directory = new Argument<string>("directory") { Description = "Folder to write countries/sources/incidents/groups/deployments.json into (e.g. data/curated)" };
        var export = new Command("export", "Write the store's published facts, moderators' additions and corrections included, as curated source files") { directory };
        export.SetAction(async (parse, cancellationToken) =>
        {
            var path = DatabaseLocator.Locate(parse.GetValue(database));
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"sahelbot: fact store not found at {path}");
                return 2;
            }

            try
            {
                var report = await CuratedExporter.ExportAsync(new FactStore(path), parse.GetValue(directory)!, cancellationToken);
                Console.Out.WriteLine($"exported {path} to {report.Directory}: {report}");
                return 0;
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
            {
                Console.Error.WriteLine($"sahelbot: {error.Message}");
                return 1;
            }
        });
        return export;
    }
}
