using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using SahelBot.Discord.Models;

namespace SahelBot.Discord.Rest;

/// <summary>
/// Builds Discord's multipart upload: the JSON body in part <c>payload_json</c>, each file in part <c>files[n]</c>,
/// and an <c>attachments</c> entry with id n for every file unless the caller listed them already.
/// </summary>
internal static class MultipartPayload
{
    public static JsonArray AttachmentsFor(IReadOnlyList<FileAttachment> files)
    {
        var attachments = new JsonArray();
        for (var i = 0; i < files.Count; i++)
        {
            var entry = new JsonObject
            {
                ["id"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["filename"] = files[i].FileName,
            };
            if (files[i].Description is { } description)
            {
                entry["description"] = description;
            }

            attachments.Add(entry);
        }

        return attachments;
    }

    /// <summary>Sets <c>attachments</c> on <paramref name="messageObject"/> when it has none.</summary>
    public static void EnsureAttachments(JsonObject messageObject, IReadOnlyList<FileAttachment> files)
    {
        if (messageObject["attachments"] is null)
        {
            messageObject["attachments"] = AttachmentsFor(files);
        }
    }

    public static HttpContent Create(byte[] payloadJson, IReadOnlyList<FileAttachment> files)
    {
        var form = new MultipartFormDataContent();
        var payload = new ByteArrayContent(payloadJson);
        payload.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(payload, "payload_json");
        for (var i = 0; i < files.Count; i++)
        {
            var part = new ByteArrayContent(files[i].Content);
            part.Headers.ContentType = new MediaTypeHeaderValue(ContentTypeFor(files[i].FileName));
            form.Add(part, $"files[{i}]", files[i].FileName);
        }

        return form;
    }

    private static string ContentTypeFor(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        ".json" => "application/json",
        ".csv" => "text/csv",
        ".txt" => "text/plain",
        _ => "application/octet-stream",
    };
}
