using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace SahelBot.Facts;

/// <summary>JSON stored in TEXT columns keeps accented letters readable ('burkinabè', not '\u00e8').</summary>
internal static class JsonText
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static IReadOnlyList<string> ParseList(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<string[]>(json, Options) ?? [];
}
