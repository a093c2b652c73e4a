using System.Text.Json.Nodes;

namespace SahelBot.Discord.Testing.Rest;

/// <summary>Writes each received request as <c>{"method","path","body"}</c> into its own file, for tools that check payloads afterwards.</summary>
internal sealed class RequestCapture
{
    private readonly string _directory;
    private int _counter;

    public RequestCapture(string directory)
    {
        _directory = directory;
        Directory.CreateDirectory(directory);
    }

    public void Write(RecordedRequest request)
    {
        var number = Interlocked.Increment(ref _counter);
        var json = new JsonObject
        {
            ["method"] = request.Method,
            ["path"] = request.Path,
            ["body"] = request.Body?.DeepClone(),
        };
        var name = $"{DateTime.UtcNow:yyyyMMddTHHmmssfff}-{number:D5}-{Guid.NewGuid():N}.json";
        File.WriteAllText(Path.Combine(_directory, name), json.ToJsonString());
    }
}
