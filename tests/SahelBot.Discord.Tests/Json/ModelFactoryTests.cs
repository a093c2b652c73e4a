using SahelBot.Discord.Json;
using SahelBot.Discord.Models;

namespace SahelBot.Discord.Tests.Json;

public class ModelFactoryTests
{
    [Fact]
    public void PongIsTypeOneWithoutData() => Assert.Equal("""{"type":1}""", DiscordJson.Serialize(InteractionResponse.Pong()));

    [Fact]
    public void EphemeralDeferralCarriesOnlyTheEphemeralFlag() =>
        Assert.Equal("""{"type":5,"data":{"flags":64}}""", DiscordJson.Serialize(InteractionResponse.Deferred(ephemeral: true)));

    [Fact]
    public void PublicDeferralHasNoData() =>
        Assert.Equal("""{"type":5}""", DiscordJson.Serialize(InteractionResponse.Deferred(ephemeral: false)));

    [Fact]
    public void DeferredUpdateIsTypeSix() => Assert.Equal("""{"type":6}""", DiscordJson.Serialize(InteractionResponse.DeferredUpdate()));

    [Fact]
    public void UpdateIsTypeSeven() =>
        Assert.Equal("""{"type":7,"data":{"content":"p2"}}""", DiscordJson.Serialize(InteractionResponse.Update(new() { Content = "p2" })));

    [Fact]
    public void AutocompleteMatchesDocumentedShape() =>
        Assert.Equal(
            """{"type":8,"data":{"choices":[{"name":"Burkina Faso","value":"BF"},{"name":"Burundi","value":"BI"}]}}""",
            DiscordJson.Serialize(InteractionResponse.Autocomplete([ApplicationCommandOptionChoice.String("Burkina Faso", "BF"), ApplicationCommandOptionChoice.String("Burundi", "BI")])));

    [Fact]
    public void IntegerChoiceValueIsAJsonNumber() =>
        Assert.Equal("""{"name":"i","value":5}""", DiscordJson.Serialize(ApplicationCommandOptionChoice.Integer("i", 5)));

    [Fact]
    public void NumberChoiceValueIsAJsonNumber() =>
        Assert.Equal("""{"name":"n","value":2.5}""", DiscordJson.Serialize(ApplicationCommandOptionChoice.Number("n", 2.5)));

    [Fact]
    public void ModalBuiltFromHelpersMatchesExample()
    {
        var modal = InteractionResponse.Modal("fact:add", "Ajouter un fait",
        [
            Component.LabelFor("Pays (code ISO)", Component.TextInput("fact_country", TextInputStyle.Short, required: true, minLength: 2, maxLength: 2, placeholder: "NE"), "ex. ML, BF, NE, TD, MR"),
            Component.LabelFor("Fait", Component.TextInput("fact_text", TextInputStyle.Paragraph, required: true, minLength: 10, maxLength: 1000)),
            Component.LabelFor("Source (URL)", Component.TextInput("fact_source", TextInputStyle.Short, required: false, maxLength: 512)),
        ]);

        JsonTreeAssert.KnownFieldsKept(typeof(InteractionResponse), Payloads.PayloadFiles.Read("Examples/09-callback-modal-add-fact.json"), DiscordJson.Serialize(modal));
    }

    [Fact]
    public void ActionRowWithButtonsSerializesStylesAsNumbers() =>
        Assert.Equal(
            """{"type":1,"components":[{"type":2,"custom_id":"p0","style":2,"label":"◀","disabled":true},{"type":2,"style":5,"label":"Source","url":"https://example.org"}]}""",
            DiscordJson.Serialize(Component.ActionRow(Component.Button(ButtonStyle.Secondary, "◀", "p0", disabled: true), Component.LinkButton("Source", "https://example.org"))));

    [Fact]
    public void MessageCreateRequestCopiesMessageFieldsFromCallbackData()
    {
        var data = new InteractionCallbackData
        {
            Content = "c",
            Embeds = [new Embed { Title = "t" }],
            AllowedMentions = AllowedMentions.None,
            Flags = MessageFlags.SuppressEmbeds,
            Components = [Component.ActionRow()],
            Attachments = [new AttachmentInfo { Id = "0", Filename = "a.png" }],
        };

        var request = MessageCreateRequest.FromCallbackData(data);

        Assert.Equal(
            """{"content":"c","embeds":[{"title":"t"}],"allowed_mentions":{"parse":[]},"components":[{"type":1,"components":[]}],"attachments":[{"id":"0","filename":"a.png"}],"flags":4}""",
            DiscordJson.Serialize(request));
    }
}
