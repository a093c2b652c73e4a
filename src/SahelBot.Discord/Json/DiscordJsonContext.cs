using System.Text.Json;
using System.Text.Json.Serialization;
using SahelBot.Discord.Models;

namespace SahelBot.Discord.Json;

/// <summary>Source-generated JSON metadata for every Discord wire type: snake_case, nulls omitted, enums as numbers.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(SnowflakeConverter)])]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(InteractionData))]
[JsonSerializable(typeof(InteractionDataOption))]
[JsonSerializable(typeof(ResolvedData))]
[JsonSerializable(typeof(User))]
[JsonSerializable(typeof(GuildMember))]
[JsonSerializable(typeof(Role))]
[JsonSerializable(typeof(Channel))]
[JsonSerializable(typeof(Message))]
[JsonSerializable(typeof(List<Message>))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(InteractionCallbackData))]
[JsonSerializable(typeof(MessageCreateRequest))]
[JsonSerializable(typeof(AttachmentInfo))]
[JsonSerializable(typeof(AllowedMentions))]
[JsonSerializable(typeof(Embed))]
[JsonSerializable(typeof(EmbedFooter))]
[JsonSerializable(typeof(EmbedMedia))]
[JsonSerializable(typeof(EmbedAuthor))]
[JsonSerializable(typeof(EmbedField))]
[JsonSerializable(typeof(Component))]
[JsonSerializable(typeof(SelectOption))]
[JsonSerializable(typeof(ApplicationCommand))]
[JsonSerializable(typeof(ApplicationCommand[]))]
[JsonSerializable(typeof(List<ApplicationCommand>))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommand>))]
[JsonSerializable(typeof(ApplicationCommandOption))]
[JsonSerializable(typeof(ApplicationCommandOptionChoice))]
[JsonSerializable(typeof(GatewayPayload))]
[JsonSerializable(typeof(GatewayBotInfo))]
[JsonSerializable(typeof(SessionStartLimit))]
[JsonSerializable(typeof(ReadyEvent))]
[JsonSerializable(typeof(HelloEvent))]
[JsonSerializable(typeof(IdentifyPayload))]
[JsonSerializable(typeof(IdentifyConnectionProperties))]
[JsonSerializable(typeof(ResumePayload))]
[JsonSerializable(typeof(DiscordError))]
[JsonSerializable(typeof(RateLimitResponse))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(int?))]
[JsonSerializable(typeof(ulong))]
[JsonSerializable(typeof(ulong?))]
[JsonSerializable(typeof(IReadOnlyList<ulong>))]
public sealed partial class DiscordJsonContext : JsonSerializerContext;
