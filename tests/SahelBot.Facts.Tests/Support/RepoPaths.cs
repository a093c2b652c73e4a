namespace SahelBot.Facts.Tests.Support;

/// <summary>Locates the repository from the test binaries by walking up to SahelBot.sln.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string CuratedData => Path.Combine(Root, "data", "curated");

    public static string CommittedDatabase => Path.Combine(Root, "facts.db");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SahelBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SahelBot.sln not found above " + AppContext.BaseDirectory);
    }
}
