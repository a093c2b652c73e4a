using System.Text.Json;
using System.Text.Json.Serialization;
using SahelBot.Discord.Json;

namespace SahelBot.Discord.Models;

/// <summary>A gateway frame <c>{op, d, s, t}</c>.</summary>
public sealed class GatewayPayload
{
    public int Op { get; init; }

    /// <summary>Always written, as <c>null</c> when absent: a heartbeat before the first dispatch is <c>{"op":1,"d":null}</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public JsonElement? D { get; init; }

    /// <summary>Sequence number; only set on dispatches (op 0).</summary>
    public int? S { get; init; }

    /// <summary>Event name; only set on dispatches (op 0).</summary>
    public string? T { get; init; }

    /// <summary>Builds a frame whose <c>d</c> is <paramref name="data"/> serialized with <see cref="DiscordJson"/>.</summary>
    public static GatewayPayload Create<T>(int op, T data) =>
        new() { Op = op, D = JsonSerializer.SerializeToElement(data, DiscordJson.TypeInfo<T>()) };

    /// <summary>Reads <c>d</c> as <typeparamref name="T"/>; null when <c>d</c> is absent or null.</summary>
    public T? DataAs<T>() =>
        D is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } d
            ? d.Deserialize(DiscordJson.TypeInfo<T>())
            : default;
}
