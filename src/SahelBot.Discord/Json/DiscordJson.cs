using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SahelBot.Discord.Json;

/// <summary>Entry point for (de)serializing Discord wire types with <see cref="DiscordJsonContext"/>.</summary>
public static class DiscordJson
{
    /// <summary>
    /// The context's settings plus relaxed escaping: payloads go to Discord, never into HTML, so French accents and
    /// symbols stay readable (and shorter) instead of becoming \u escapes.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, TypeInfo<T>());

    public static byte[] SerializeToUtf8Bytes<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, TypeInfo<T>());

    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize(json, TypeInfo<T>());

    public static T? Deserialize<T>(ReadOnlySpan<byte> utf8Json) => JsonSerializer.Deserialize(utf8Json, TypeInfo<T>());

    /// <summary>Metadata for <typeparamref name="T"/>; throws when the type is not registered in <see cref="DiscordJsonContext"/>.</summary>
    public static JsonTypeInfo<T> TypeInfo<T>() =>
        Options.TryGetTypeInfo(typeof(T), out var info) && info is JsonTypeInfo<T> typed
            ? typed
            : throw new NotSupportedException($"{typeof(T)} is not registered in {nameof(DiscordJsonContext)}.");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(DiscordJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly();
        return options;
    }
}
