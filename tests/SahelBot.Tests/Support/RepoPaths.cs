namespace SahelBot.Tests.Support;

/// <summary>Finds the repository root (the folder holding SahelBot.sln) from the test's output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string FactsDb => Path.Combine(Root, "facts.db");

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
