using System.Text.Json.Nodes;

namespace SahelBot.Discord.Testing.Rest;

/// <summary>
/// A REST request the fake received. <see cref="Path"/> is the full path (<c>/api/v10/channels/1/messages</c>),
/// <see cref="Route"/> the matched template without the prefix (<c>/channels/{channel_id}/messages</c>). For multipart
/// requests <see cref="Body"/> is the parsed <c>payload_json</c> and <see cref="Files"/> the file parts.
/// </summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string? Route,
    IReadOnlyDictionary<string, string> Headers,
    JsonNode? Body,
    IReadOnlyList<RecordedFile> Files,
    bool IsMultipart)
{
    /// <summary>The status the fake answered with.</summary>
    public int ResponseStatus { get; internal set; }

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
