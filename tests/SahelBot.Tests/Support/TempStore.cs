namespace SahelBot.Tests.Support;

/// <summary>A private copy of the shipped facts.db in a temp folder, deleted with the test.</summary>
public sealed class TempStore : IDisposable
{
    public TempStore()
    {
        Directory.CreateDirectory(Folder);
        File.Copy(RepoPaths.FactsDb, Path);
    }

    public string Folder { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sahelbot-tests-" + Guid.NewGuid().ToString("N"));

    public string Path => System.IO.Path.Combine(Folder, "facts.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A handle still closing on a slow machine; the temp folder is cleaned by the OS later.
        }
    }
}
