namespace SahelBot.Discord.Models;

/// <summary>A name/value field of an embed.</summary>
public sealed record EmbedField(string Name, string Value, bool? Inline = null);
