namespace SahelBot.Discord.Tests.Payloads;

/// <summary>Reads the JSON payloads copied next to the test assembly.</summary>
internal static class PayloadFiles
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Payloads");

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    public static IEnumerable<string> Written(string suffix) =>
        Directory.EnumerateFiles(Path.Combine(Root, "Written"), "*" + suffix)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal);
}
