using System.Text.Json.Nodes;

namespace SahelBot.Discord.Testing.Rest;

/// <summary>One REST route the fake serves; <see cref="TopLevelParameter"/> names the path parameter Discord folds into the bucket key.</summary>
internal sealed record FakeRoute(string Method, string Template, string? TopLevelParameter, bool NeedsBotToken, Func<FakeRouteRequest, (int Status, JsonNode? Body)> Handle)
{
    private readonly string[] _segments = Template.Trim('/').Split('/');

    public Dictionary<string, string>? Match(string method, string[] pathSegments)
    {
        if (!string.Equals(method, Method, StringComparison.OrdinalIgnoreCase) || pathSegments.Length != _segments.Length)
        {
            return null;
        }

        var values = new Dictionary<string, string>();
        for (var i = 0; i < _segments.Length; i++)
        {
            var segment = _segments[i];
            if (segment.StartsWith('{'))
            {
                values[segment.Trim('{', '}')] = Uri.UnescapeDataString(pathSegments[i]);
            }
            else if (!string.Equals(segment, pathSegments[i], StringComparison.Ordinal))
            {
                return null;
            }
        }

        return values;
    }
}
