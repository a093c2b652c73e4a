namespace SahelBot.Discord.Models;

/// <summary>Author line of an embed.</summary>
public sealed record EmbedAuthor(string Name, string? Url = null, string? IconUrl = null);
