using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using SahelBot.Discord.Json;
using SahelBot.Discord.Models;
using SahelBot.Discord.Tests.Payloads;

namespace SahelBot.Discord.Tests.Json;

public class PayloadRoundTripTests
{
    public static TheoryData<string, string> Examples() => new()
    {
        { "Examples/01-interaction-ping.json", nameof(Interaction) },
        { "Examples/02-interaction-slash-subcommand.json", nameof(Interaction) },
        { "Examples/03-interaction-autocomplete.json", nameof(Interaction) },
        { "Examples/04-interaction-button.json", nameof(Interaction) },
        { "Examples/05-interaction-modal-submit.json", nameof(Interaction) },
        { "Examples/06-gateway-hello.json", nameof(GatewayPayload) },
        { "Examples/07-gateway-ready.json", nameof(GatewayPayload) },
        { "Examples/08-gateway-interaction-create.json", nameof(GatewayPayload) },
        { "Examples/09-callback-modal-add-fact.json", nameof(InteractionResponse) },
        { "Examples/10-message-create-incident.json", nameof(MessageCreateRequest) },
    };

    public static TheoryData<string, string> WrittenPayloads()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in PayloadFiles.Written(".json"))
        {
            data.Add("Written/" + file, file[..file.IndexOf('.', StringComparison.Ordinal)]);
        }

        return data;
    }

    public static TheoryData<string> AllFieldsPayloads() => new(PayloadFiles.Written(".all.json"));

    [Theory]
    [MemberData(nameof(Examples))]
    [MemberData(nameof(WrittenPayloads))]
    public void RoundTripKeepsEveryKnownField(string file, string typeName)
    {
        var type = ModelType(typeName);
        var json = PayloadFiles.Read(file);

        var written = RoundTrip(type, json);

        JsonTreeAssert.KnownFieldsKept(type, json, written);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    [MemberData(nameof(WrittenPayloads))]
    public void UnknownFieldsAtEveryLevelAreIgnored(string file, string typeName)
    {
        var type = ModelType(typeName);
        var json = PayloadFiles.Read(file);
        var noisy = JsonNode.Parse(json)!;
        AddUnknownFields(noisy, TypeInfo(type));

        var writtenFromNoisy = RoundTrip(type, noisy.ToJsonString());

        Assert.Equal(RoundTrip(type, json), writtenFromNoisy);
    }

    [Theory]
    [MemberData(nameof(AllFieldsPayloads))]
    public void AllFieldsPayloadSetsEveryPropertyOfItsType(string file)
    {
        var type = ModelType(file[..file.IndexOf('.', StringComparison.Ordinal)]);

        var missing = JsonTreeAssert.MissingRootProperties(type, PayloadFiles.Read("Written/" + file));

        Assert.Empty(missing);
    }

    private static Type ModelType(string name) =>
        typeof(Interaction).Assembly.GetType($"{typeof(Interaction).Namespace}.{name}", throwOnError: true)!;

    private static string RoundTrip(Type type, string json)
    {
        var info = DiscordJsonContext.Default.GetTypeInfo(type)!;
        var value = System.Text.Json.JsonSerializer.Deserialize(json, info);
        Assert.NotNull(value);
        return System.Text.Json.JsonSerializer.Serialize(value, info);
    }

    /// <summary>Adds a field no model declares to every JSON object that maps to a model class.</summary>
    private static void AddUnknownFields(JsonNode? node, JsonTypeInfo info)
    {
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object when node is JsonObject obj:
                foreach (var property in info.Properties)
                {
                    AddUnknownFields(obj[property.Name], TypeInfo(property.PropertyType));
                }

                obj["zz_unknown_field"] = new JsonObject { ["nested"] = new JsonArray(1, "two", null) };
                break;
            case JsonTypeInfoKind.Enumerable when node is JsonArray array:
                foreach (var item in array)
                {
                    AddUnknownFields(item, TypeInfo(info.ElementType!));
                }

                break;
            case JsonTypeInfoKind.Dictionary when node is JsonObject map:
                foreach (var (_, value) in map)
                {
                    AddUnknownFields(value, TypeInfo(info.ElementType!));
                }

                break;
        }
    }

    private static JsonTypeInfo TypeInfo(Type type) => DiscordJsonContext.Default.Options.GetTypeInfo(type);
}
