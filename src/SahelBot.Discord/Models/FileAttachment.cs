namespace SahelBot.Discord.Models;

/// <summary>A file to upload as a multipart part; never serialized into JSON.</summary>
public sealed record FileAttachment(string FileName, byte[] Content, string? Description = null);
