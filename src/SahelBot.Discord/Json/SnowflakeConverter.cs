using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SahelBot.Discord.Json;

/// <summary>
/// Snowflakes travel as JSON strings (they overflow JavaScript numbers). Registered for <see cref="ulong"/> in
/// <see cref="DiscordJsonContext"/>, so it also serves <c>ulong?</c> and lists of <c>ulong</c>. Numbers are accepted
/// on read because some ids (the numeric component id in <c>data.id</c>) arrive as numbers.
/// </summary>
public sealed class SnowflakeConverter : JsonConverter<ulong>
{
    public override ulong Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.TryGetUInt64(out var number) ? number : throw new JsonException("Snowflake number is not a 64-bit unsigned integer.");
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a snowflake string, got {reader.TokenType}.");
        }

        var span = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        if (!reader.ValueIsEscaped && Utf8Parser.TryParse(span, out ulong value, out var consumed) && consumed == span.Length)
        {
            return value;
        }

        var text = reader.GetString();
        return ulong.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value)
            ? value
            : throw new JsonException("Snowflake string is not a 64-bit unsigned integer.");
    }

    public override void Write(Utf8JsonWriter writer, ulong value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<byte> buffer = stackalloc byte[20];
        Utf8Formatter.TryFormat(value, buffer, out var written);
        writer.WriteStringValue(buffer[..written]);
    }
}
