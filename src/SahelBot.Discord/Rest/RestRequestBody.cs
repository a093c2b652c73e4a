using System.Net.Http.Headers;

namespace SahelBot.Discord.Rest;

/// <summary>A request body serialized once and turned into fresh <see cref="HttpContent"/> for every attempt.</summary>
internal sealed class RestRequestBody
{
    private readonly Func<HttpContent> _factory;

    private RestRequestBody(Func<HttpContent> factory)
    {
        _factory = factory;
    }

    public static RestRequestBody Json(byte[] utf8Json) => new(() =>
    {
        var content = new ByteArrayContent(utf8Json);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    });

    public static RestRequestBody Multipart(byte[] payloadJson, IReadOnlyList<Models.FileAttachment> files) =>
        new(() => MultipartPayload.Create(payloadJson, files));

    public HttpContent CreateContent() => _factory();
}
