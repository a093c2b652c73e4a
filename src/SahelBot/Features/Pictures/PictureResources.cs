namespace SahelBot.Features.Pictures;

/// <summary>Reads the files embedded under Features/Pictures/Data and Fonts.</summary>
public static class PictureResources
{
    public static Stream Open(string fileName) =>
        typeof(PictureResources).Assembly.GetManifestResourceStream("SahelBot.Pictures." + fileName)
        ?? throw new InvalidOperationException($"Embedded picture resource {fileName} is missing");
}
