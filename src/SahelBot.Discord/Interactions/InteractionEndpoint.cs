using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SahelBot.Discord.Json;
using SahelBot.Discord.Models;

namespace SahelBot.Discord.Interactions;

/// <summary>
/// The HTTP interactions endpoint: verifies the signature over the raw body before anything else, answers PING, and
/// otherwise writes the first response inline (or, when it carries files, POSTs it as multipart and answers 202).
/// </summary>
public static class InteractionEndpoint
{
    public const string SignatureHeader = "X-Signature-Ed25519";
    public const string TimestampHeader = "X-Signature-Timestamp";

    private static readonly byte[] PongBody = DiscordJson.SerializeToUtf8Bytes(InteractionResponse.Pong());

    /// <summary>Needs <see cref="InteractionSignatureVerifier"/>, <see cref="InteractionResponder"/> and <see cref="IInteractionCallbackClient"/> in DI.</summary>
    public static IEndpointRouteBuilder MapDiscordInteractions(this IEndpointRouteBuilder app, string path = "/interactions")
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost(path, HandleAsync);
        return app;
    }

    private static async Task HandleAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var options = services.GetRequiredService<IOptions<DiscordInteractionOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(InteractionEndpoint).FullName!);

        var body = await ReadBodyAsync(context.Request, options.MaxRequestBodyBytes, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        var verifier = services.GetRequiredService<InteractionSignatureVerifier>();
        if (!verifier.Verify(context.Request.Headers[SignatureHeader], context.Request.Headers[TimestampHeader], body))
        {
            // Discord probes the endpoint with bad signatures; these are expected and need no more than a debug line.
            logger.LogDebug("Rejected an interaction request with a missing or invalid signature");
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        Interaction? interaction;
        try
        {
            interaction = DiscordJson.Deserialize<Interaction>(body);
        }
        catch (JsonException exception)
        {
            logger.LogWarning(exception, "Signed interaction body is not a valid interaction");
            interaction = null;
        }

        if (interaction is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (interaction.Type is InteractionType.Ping)
        {
            await WriteJsonAsync(context.Response, PongBody).ConfigureAwait(false);
            return;
        }

        var responder = services.GetRequiredService<InteractionResponder>();
        var callbacks = services.GetRequiredService<IInteractionCallbackClient>();
        await responder.RespondAsync(
            interaction,
            async (response, ct) =>
            {
                if (response.Files is { Count: > 0 })
                {
                    await callbacks.CreateResponseAsync(interaction.Id, interaction.Token, response, ct).ConfigureAwait(false);
                    context.Response.StatusCode = StatusCodes.Status202Accepted;
                    await context.Response.CompleteAsync().ConfigureAwait(false);
                }
                else
                {
                    await WriteJsonAsync(context.Response, DiscordJson.SerializeToUtf8Bytes(response)).ConfigureAwait(false);
                }
            },
            context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Reads the whole body, or returns null when it is larger than <paramref name="limit"/>.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>(request.ContentLength is > 0 and var length ? (int)length : 4096);
        while (true)
        {
            var memory = buffer.GetMemory(4096);
            var read = await request.Body.ReadAsync(memory, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.WrittenSpan.ToArray();
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > limit)
            {
                return null;
            }
        }
    }

    private static async Task WriteJsonAsync(HttpResponse response, byte[] json)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json";
        response.ContentLength = json.Length;
        await response.Body.WriteAsync(json).ConfigureAwait(false);
        // Ends the HTTP exchange now, so Discord has the answer while a deferred handler keeps running.
        await response.CompleteAsync().ConfigureAwait(false);
    }
}
