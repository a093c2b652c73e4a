namespace SahelBot.Facts.Tests.Queries;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Nigérienne", "nigerienne")]
    [InlineData("Burkina-Faso", "burkina faso")]
    [InlineData("  Burkina   Faso ", "burkina faso")]
    [InlineData("N'Djamena", "ndjamena")]
    [InlineData("Côte d’Ivoire", "cote divoire")]
    [InlineData("Ségou (Mopti) / Kati", "segou mopti kati")]
    [InlineData("ÉTAT ISLAMIQUE", "etat islamique")]
    [InlineData("Œuvre", "oeuvre")]
    [InlineData("\"*:()", "")]
    [InlineData(null, "")]
    public void FoldLowersStripsAccentsAndCollapsesPunctuation(string? text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Fold(text));
    }
}
