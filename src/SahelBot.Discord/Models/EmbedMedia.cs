namespace SahelBot.Discord.Models;

/// <summary>Image or thumbnail of an embed: an http(s) or <c>attachment://</c> URL.</summary>
public sealed record EmbedMedia(string Url);
