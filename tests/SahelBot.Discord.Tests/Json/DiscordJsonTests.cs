using System.Text.Json;
using SahelBot.Discord.Json;
using SahelBot.Discord.Models;
using SahelBot.Discord.Tests.Payloads;

namespace SahelBot.Discord.Tests.Json;

public class DiscordJsonTests
{
    [Fact]
    public void NullPropertiesAreOmitted() =>
        Assert.Equal("""{"content":"x"}""", DiscordJson.Serialize(new MessageCreateRequest { Content = "x" }));

    [Fact]
    public void EnumsAreWrittenAsNumbers() =>
        Assert.Equal("""{"type":4,"data":{"flags":64}}""", DiscordJson.Serialize(InteractionResponse.Message(new() { Flags = MessageFlags.Ephemeral })));

    [Fact]
    public void PropertyNamesAreSnakeCase() =>
        Assert.Equal("""{"nonce":"n","enforce_nonce":true}""", DiscordJson.Serialize(new MessageCreateRequest { Nonce = "n", EnforceNonce = true }));

    [Fact]
    public void FilesOfAResponseAreNotSerialized() =>
        Assert.Equal("""{"type":1}""", DiscordJson.Serialize(new InteractionResponse { Type = InteractionCallbackType.Pong, Files = [new("a.png", [1])] }));

    [Fact]
    public void AllowedMentionsNoneParsesNothing() =>
        Assert.Equal("""{"parse":[]}""", DiscordJson.Serialize(AllowedMentions.None));

    [Fact]
    public void IntegerNonceIsReadAsString() =>
        Assert.Equal("12345", DiscordJson.Deserialize<Message>("""{"id":"1","channel_id":"2","nonce":12345}""")!.Nonce);

    [Fact]
    public void StringNonceIsReadAsString() =>
        Assert.Equal("inc-1", DiscordJson.Deserialize<Message>("""{"id":"1","channel_id":"2","nonce":"inc-1"}""")!.Nonce);

    [Fact]
    public void UnknownEnumValueIsKeptAsNumber() =>
        Assert.Equal(17, (int)DiscordJson.Deserialize<Component>("""{"type":17}""")!.Type);

    [Fact]
    public void DeserializeFromUtf8BytesMatchesString()
    {
        var bytes = DiscordJson.SerializeToUtf8Bytes(new User { Id = 7, Username = "a" });

        Assert.Equal(7UL, DiscordJson.Deserialize<User>(bytes)!.Id);
    }

    [Fact]
    public void UnregisteredTypeIsRefusedWithItsName()
    {
        var error = Assert.Throws<NotSupportedException>(() => DiscordJson.Serialize(new Uri("https://example.org")));

        Assert.Contains("System.Uri", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SlashCommandExampleBindsNestedOptions()
    {
        var interaction = DiscordJson.Deserialize<Interaction>(PayloadFiles.Read("Examples/02-interaction-slash-subcommand.json"))!;

        var sub = Assert.Single(interaction.Data!.Options!);
        Assert.Equal(("recent", ApplicationCommandOptionType.SubCommand), (sub.Name, sub.Type));
        Assert.Equal("ML", sub.Options![0].Value!.Value.GetString());
        Assert.Equal(5, sub.Options[1].Value!.Value.GetInt32());
        Assert.Equal(849255963036667620UL, Assert.Single(interaction.Member!.Roles!));
    }

    [Fact]
    public void InvokerIsTheMemberUserInGuilds()
    {
        var interaction = DiscordJson.Deserialize<Interaction>(PayloadFiles.Read("Examples/02-interaction-slash-subcommand.json"))!;

        Assert.Equal(713412983456776223UL, interaction.Invoker!.Id);
    }

    [Fact]
    public void InvokerIsTheUserInDirectMessages()
    {
        var interaction = new Interaction { User = new User { Id = 9 } };

        Assert.Equal(9UL, interaction.Invoker!.Id);
    }

    [Fact]
    public void ModalSubmitExampleExposesLabelChildValue()
    {
        var interaction = DiscordJson.Deserialize<Interaction>(PayloadFiles.Read("Examples/05-interaction-modal-submit.json"))!;

        var label = interaction.Data!.Components![0];
        Assert.Equal((ComponentType.Label, "fact_country", "NE"), (label.Type, label.Child!.CustomId, label.Child.Value));
    }

    [Fact]
    public void ButtonExampleExposesCustomIdAndComponentType()
    {
        var interaction = DiscordJson.Deserialize<Interaction>(PayloadFiles.Read("Examples/04-interaction-button.json"))!;

        Assert.Equal(("inc:recent:ML:5:p2", ComponentType.Button), (interaction.Data!.CustomId, interaction.Data.ComponentType!.Value));
    }

    [Fact]
    public void GatewayPayloadWritesNullDataExplicitly() =>
        Assert.Equal("""{"op":1,"d":null}""", DiscordJson.Serialize(new GatewayPayload { Op = 1 }));

    [Fact]
    public void GatewayPayloadCreateEmbedsTheData() =>
        Assert.Equal("""{"op":6,"d":{"token":"t","session_id":"s","seq":3}}""", DiscordJson.Serialize(GatewayPayload.Create(6, new ResumePayload { Token = "t", SessionId = "s", Seq = 3 })));

    [Fact]
    public void GatewayReadyExampleReadsAsReadyEvent()
    {
        var frame = DiscordJson.Deserialize<GatewayPayload>(PayloadFiles.Read("Examples/07-gateway-ready.json"))!;

        var ready = frame.DataAs<ReadyEvent>()!;
        Assert.Equal(("READY", 1, "wss://gateway-us-east1-b.discord.gg"), (frame.T, frame.S, ready.ResumeGatewayUrl));
    }

    [Fact]
    public void GatewayInteractionCreateExampleReadsAsInteraction()
    {
        var frame = DiscordJson.Deserialize<GatewayPayload>(PayloadFiles.Read("Examples/08-gateway-interaction-create.json"))!;

        Assert.Equal("incidents", frame.DataAs<Interaction>()!.Data!.Name);
    }

    [Fact]
    public void IdentifyPayloadToStringHidesToken() =>
        Assert.DoesNotContain("secret", new IdentifyPayload { Token = "secret" }.ToString(), StringComparison.Ordinal);
}
