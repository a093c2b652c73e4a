namespace SahelBot.Discord.Models;

/// <summary>An application command definition, as registered and as read back.</summary>
public sealed class ApplicationCommand
{
    public ulong? Id { get; init; }

    public ulong? ApplicationId { get; init; }

    public string Name { get; init; } = "";

    public string Description { get; init; } = "";

    /// <summary>1 = chat input (slash), 2 = user, 3 = message.</summary>
    public int? Type { get; init; }

    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    /// <summary>Decimal permission bitfield the invoker needs by default; "0" = administrators only.</summary>
    public string? DefaultMemberPermissions { get; init; }

    public IReadOnlyList<int>? Contexts { get; init; }

    public IReadOnlyList<int>? IntegrationTypes { get; init; }

    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }

    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }

    public bool? Nsfw { get; init; }
}
