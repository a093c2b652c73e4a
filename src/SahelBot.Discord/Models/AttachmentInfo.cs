namespace SahelBot.Discord.Models;

/// <summary>Describes an uploaded file in a message body; <see cref="Id"/> matches the index n of the multipart part <c>files[n]</c>.</summary>
public sealed class AttachmentInfo
{
    public string Id { get; init; } = "0";

    public string Filename { get; init; } = "";

    public string? Description { get; init; }
}
