using SahelBot.Discord.Json;
using SahelBot.Discord.Models;

namespace SahelBot.Discord.Tests.Json;

public class DiscordJsonContextTests
{
    public static TheoryData<string> ModelTypes() => new(
        typeof(Interaction).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(Interaction).Namespace && t.IsClass && t != typeof(FileAttachment))
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void EveryWireTypeIsRegistered(string typeName)
    {
        var type = typeof(Interaction).Assembly.GetType($"{typeof(Interaction).Namespace}.{typeName}", throwOnError: true)!;

        Assert.NotNull(DiscordJsonContext.Default.GetTypeInfo(type));
    }

    [Fact]
    public void SharedOptionsCannotBeChanged() =>
        Assert.Throws<InvalidOperationException>(() => DiscordJson.Options.WriteIndented = true);

    [Fact]
    public void NonAsciiTextIsWrittenUnescaped() =>
        Assert.Equal("""{"content":"Tillabéri — attaque ✔"}""", DiscordJson.Serialize(new MessageCreateRequest { Content = "Tillabéri — attaque ✔" }));

    [Fact]
    public void HtmlSensitiveCharactersStayValidJson() =>
        Assert.Equal("<b>\"x\"</b>", DiscordJson.Deserialize<MessageCreateRequest>(DiscordJson.Serialize(new MessageCreateRequest { Content = "<b>\"x\"</b>" }))!.Content);
}
