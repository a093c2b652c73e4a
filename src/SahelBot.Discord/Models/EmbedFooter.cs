namespace SahelBot.Discord.Models;

/// <summary>Footer of an embed.</summary>
public sealed record EmbedFooter(string Text, string? IconUrl = null);
