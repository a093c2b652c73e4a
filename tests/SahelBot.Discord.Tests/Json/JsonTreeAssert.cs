using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using SahelBot.Discord.Json;

namespace SahelBot.Discord.Tests.Json;

/// <summary>
/// Compares an original payload with what the model wrote back, but only for the fields the model knows
/// (walked through the source-generated metadata), so unknown fields may be dropped and nothing else.
/// Null and absent are equivalent; a number and a string with the same digits are equivalent (snowflakes, nonces).
/// </summary>
internal static class JsonTreeAssert
{
    public static void KnownFieldsKept(Type type, string originalJson, string writtenJson)
    {
        var original = JsonNode.Parse(originalJson);
        var written = JsonNode.Parse(writtenJson);
        Compare(DiscordJsonContext.Default.GetTypeInfo(type)!, original, written, "$");
    }

    /// <summary>Names of the root type's properties that the payload leaves absent or null.</summary>
    public static IReadOnlyList<string> MissingRootProperties(Type type, string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        return WireProperties(DiscordJsonContext.Default.GetTypeInfo(type)!)
            .Where(p => node[p.Name] is null)
            .Select(p => p.Name)
            .ToList();
    }

    private static void Compare(JsonTypeInfo info, JsonNode? original, JsonNode? written, string path)
    {
        if (original is null)
        {
            Assert.True(written is null, $"{path}: expected absent/null, written {written?.ToJsonString()}");
            return;
        }

        Assert.True(written is not null, $"{path}: present in the payload but not written back");
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                var originalObject = original.AsObject();
                var writtenObject = written!.AsObject();
                foreach (var property in WireProperties(info))
                {
                    Compare(TypeInfo(property.PropertyType), originalObject[property.Name], writtenObject[property.Name], $"{path}.{property.Name}");
                }

                var known = WireProperties(info).Select(p => p.Name).ToHashSet();
                var extra = writtenObject.Select(p => p.Key).Where(k => !known.Contains(k)).ToList();
                Assert.True(extra.Count == 0, $"{path}: wrote fields the model does not declare: {string.Join(", ", extra)}");
                break;
            case JsonTypeInfoKind.Enumerable:
                var originalArray = original.AsArray();
                var writtenArray = written!.AsArray();
                Assert.True(originalArray.Count == writtenArray.Count, $"{path}: {originalArray.Count} items, wrote {writtenArray.Count}");
                for (var i = 0; i < originalArray.Count; i++)
                {
                    Compare(TypeInfo(info.ElementType!), originalArray[i], writtenArray[i], $"{path}[{i}]");
                }

                break;
            case JsonTypeInfoKind.Dictionary:
                var originalMap = original.AsObject();
                var writtenMap = written!.AsObject();
                Assert.Equal(originalMap.Select(p => p.Key).Order(), writtenMap.Select(p => p.Key).Order());
                foreach (var (key, value) in originalMap)
                {
                    Compare(TypeInfo(info.ElementType!), value, writtenMap[key], $"{path}.{key}");
                }

                break;
            default:
                Assert.True(LeafEquals(original, written!), $"{path}: {original.ToJsonString()} written as {written!.ToJsonString()}");
                break;
        }
    }

    /// <summary>Properties that travel on the wire; [JsonIgnore] ones are listed in the metadata without accessors.</summary>
    public static IEnumerable<JsonPropertyInfo> WireProperties(JsonTypeInfo info) =>
        info.Properties.Where(p => p.Get is not null || p.Set is not null);

    private static JsonTypeInfo TypeInfo(Type type) => DiscordJsonContext.Default.Options.GetTypeInfo(type);

    private static bool LeafEquals(JsonNode original, JsonNode written)
    {
        var a = original.GetValueKind();
        var b = written.GetValueKind();
        if (a == b)
        {
            return JsonElement.DeepEquals(ToElement(original), ToElement(written));
        }

        if ((a, b) is (JsonValueKind.Number, JsonValueKind.String) or (JsonValueKind.String, JsonValueKind.Number))
        {
            return NumberText(original) == NumberText(written);
        }

        return false;
    }

    private static string NumberText(JsonNode node) =>
        node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();

    private static JsonElement ToElement(JsonNode node) => JsonDocument.Parse(node.ToJsonString()).RootElement;
}
