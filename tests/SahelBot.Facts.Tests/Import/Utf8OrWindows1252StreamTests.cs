using System.Text;
using SahelBot.Facts.Import;

namespace SahelBot.Facts.Tests.Import;

public sealed class Utf8OrWindows1252StreamTests
{
    private static (string Text, long Converted) Read(byte[] bytes)
    {
        using var stream = new Utf8OrWindows1252Stream(new MemoryStream(bytes));
        using var copy = new MemoryStream();
        var buffer = new byte[7];
        int n;
        while ((n = stream.Read(buffer)) > 0)
        {
            copy.Write(buffer, 0, n);
        }

        return (Encoding.UTF8.GetString(copy.ToArray()), stream.Windows1252Bytes);
    }

    [Fact]
    public void Utf8PassesThroughUnchangedEvenWhenReadsCutItsSequences()
    {
        var text = string.Concat(Enumerable.Repeat("Ménaka, Tillabéri — Maïne-Soroa ✓ ", 5000));

        var (read, converted) = Read(Encoding.UTF8.GetBytes(text));

        Assert.Equal(text, read);
        Assert.Equal(0, converted);
    }

    [Fact]
    public void Windows1252BytesAreReadAsTheCharactersTheyStandFor()
    {
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes("Militants\u2019 camp at Ménaka, 5 €");

        var (read, converted) = Read(bytes);

        Assert.Equal("Militants\u2019 camp at Ménaka, 5 €", read);
        Assert.Equal(3, converted);
    }

    [Fact]
    public void AFileMixingBothIsReadCharacterByCharacter()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Tillabéri;"), .. CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes("Ménaka")];

        Assert.Equal("Tillabéri;Ménaka", Read(bytes).Text);
    }
}
