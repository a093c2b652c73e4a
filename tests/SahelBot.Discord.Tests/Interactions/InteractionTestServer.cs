using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SahelBot.Discord.Hosting;
using SahelBot.Discord.Interactions;
using SahelBot.Discord.Testing.Interactions;
using SahelBot.Discord.Testing.Time;

namespace SahelBot.Discord.Tests.Interactions;

/// <summary>The interactions endpoint on real Kestrel (127.0.0.1, random port) with a fake handler and callback client.</summary>
internal sealed class InteractionTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private InteractionTestServer(WebApplication app, HttpClient client, InteractionSigner key, ManualTimeProvider time, FakeCallbackClient callbacks)
    {
        _app = app;
        Client = client;
        Key = key;
        Time = time;
        Callbacks = callbacks;
    }

    public InteractionSigner Key { get; }

    public HttpClient Client { get; }

    public ManualTimeProvider Time { get; }

    public FakeCallbackClient Callbacks { get; }

    public static async Task<InteractionTestServer> StartAsync(IInteractionHandler handler, string path = "/interactions")
    {
        var key = new InteractionSigner();
        var time = new ManualTimeProvider(DateTimeOffset.UtcNow);
        var callbacks = new FakeCallbackClient();

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(Options.Create(new DiscordOptions { PublicKey = key.PublicKeyHex, Mode = DiscordOptions.HttpMode }));
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSingleton(handler);
        builder.Services.AddSingleton<IInteractionCallbackClient>(callbacks);
        builder.Services.AddDiscordInteractions();

        var app = builder.Build();
        app.MapDiscordInteractions(path);
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        var client = new HttpClient { BaseAddress = new Uri(address) };
        return new InteractionTestServer(app, client, key, time, callbacks);
    }

    /// <summary>POSTs <paramref name="body"/> signed with the server's key at the fake clock's time.</summary>
    public Task<HttpResponseMessage> PostSignedAsync(string body, string path = "/interactions", InteractionSigner? signWith = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var timestamp = InteractionSigner.Timestamp(Time.GetUtcNow());
        return PostAsync(bytes, (signWith ?? Key).Sign(timestamp, bytes), timestamp, path);
    }

    public Task<HttpResponseMessage> PostAsync(byte[] body, string? signature, string? timestamp, string path = "/interactions")
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation(InteractionEndpoint.SignatureHeader, signature);
        }

        if (timestamp is not null)
        {
            request.Headers.TryAddWithoutValidation(InteractionEndpoint.TimestampHeader, timestamp);
        }

        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
