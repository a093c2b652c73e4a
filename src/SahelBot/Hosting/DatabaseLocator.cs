namespace SahelBot.Hosting;

/// <summary>Finds the fact store: an explicit path, then SAHELBOT_DB, then facts.db in the working directory, then beside the program.</summary>
public static class DatabaseLocator
{
    public const string EnvironmentVariable = "SAHELBOT_DB";
    public const string FileName = "facts.db";

    public static string Locate(string? explicitPath)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return Path.GetFullPath(explicitPath);
        }

        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            return Path.GetFullPath(fromEnvironment);
        }

        var inWorkingDirectory = Path.GetFullPath(FileName);
        return File.Exists(inWorkingDirectory) ? inWorkingDirectory : Path.Combine(AppContext.BaseDirectory, FileName);
    }
}
