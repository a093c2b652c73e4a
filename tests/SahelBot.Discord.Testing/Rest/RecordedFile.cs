namespace SahelBot.Discord.Testing.Rest;

/// <summary>One <c>files[n]</c> part of a multipart request.</summary>
public sealed record RecordedFile(string PartName, string FileName, string? ContentType, byte[] Content);
