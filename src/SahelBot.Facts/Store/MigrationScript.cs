using System.Globalization;
using System.Reflection;

namespace SahelBot.Facts;

/// <summary>A numbered SQL migration embedded from Migrations/NNNN_name.sql.</summary>
internal sealed record MigrationScript(int Version, string Name, string Sql)
{
    private const string ResourcePrefix = "SahelBot.Facts.Migrations.";

    public static IReadOnlyList<MigrationScript> All { get; } = Load();

    private static List<MigrationScript> Load()
    {
        var assembly = typeof(MigrationScript).Assembly;
        var scripts = new List<MigrationScript>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            // MSBuild may prefix a leading digit with '_' in manifest names; the number is what counts.
            var fileName = resource[ResourcePrefix.Length..^4].TrimStart('_');
            var separator = fileName.IndexOf('_', StringComparison.Ordinal);
            var version = int.Parse(fileName[..separator], NumberStyles.None, CultureInfo.InvariantCulture);
            scripts.Add(new MigrationScript(version, fileName[(separator + 1)..], ReadText(assembly, resource)));
        }

        scripts.Sort((a, b) => a.Version.CompareTo(b.Version));
        return scripts;
    }

    private static string ReadText(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Missing embedded migration {resource}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
