using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SahelBot.Discord.Hosting;
using SahelBot.Discord.Interactions;
using SahelBot.Discord.Models;
using SahelBot.Discord.Rest;
using SahelBot.Discord.Testing;

namespace SahelBot.Discord.Tests.Hosting;

public sealed class DiscordHostingTests : IAsyncLifetime
{
    private const string Token = "hosting-test-token";
    private FakeDiscordServer _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { BotToken = Token });

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task Gateway_interaction_is_answered_through_the_callback_endpoint_with_the_handler_response()
    {
        using var host = BuildHost("gateway");
        await host.StartAsync();
        try
        {
            await _fake.Gateway.WaitForOpAsync(2);
            await WaitUntilAsync(() => _fake.Gateway.SessionId is not null);

            await _fake.Gateway.DispatchInteractionAsync(Interaction(77, "tok-77", "attacks"));
            var callback = await _fake.WaitForRequestAsync(r => r.Route == "/interactions/{interaction_id}/{interaction_token}/callback");

            Assert.Equal("/api/v10/interactions/77/tok-77/callback", callback.Path);
            Assert.Equal(204, callback.ResponseStatus);
            Assert.Equal(4, callback.Body!["type"]!.GetValue<int>());
            Assert.Equal("handled attacks", callback.Body!["data"]!["content"]!.GetValue<string>());
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task A_slow_gateway_interaction_is_deferred_then_its_original_response_is_edited()
    {
        using var host = BuildHost("gateway", slowHandler: true);
        await host.StartAsync();
        try
        {
            await WaitUntilAsync(() => _fake.Gateway.SessionId is not null);

            await _fake.Gateway.DispatchInteractionAsync(Interaction(79, "tok-79", "ask"));
            var callback = await _fake.WaitForRequestAsync(r => r.Path == "/api/v10/interactions/79/tok-79/callback");
            host.Services.GetRequiredService<HandlerGate>().Open();
            var edit = await _fake.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path == "/api/v10/webhooks/1434874753845916506/tok-79/messages/@original");

            Assert.Equal(5, callback.Body!["type"]!.GetValue<int>());
            Assert.Equal("handled ask", edit.Body!["content"]!.GetValue<string>());
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task Gateway_identifies_with_the_configured_token_and_one_shard()
    {
        using var host = BuildHost("gateway");
        await host.StartAsync();
        try
        {
            var identify = await _fake.Gateway.WaitForOpAsync(2);

            Assert.Equal(Token, identify.D!["token"]!.GetValue<string>());
            Assert.Equal(1, identify.D!["intents"]!.GetValue<int>());
            Assert.Contains(_fake.Requests, r => r.Path == "/api/v10/gateway/bot");
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task A_dropped_gateway_connection_is_resumed_and_interactions_keep_flowing()
    {
        using var host = BuildHost("gateway");
        await host.StartAsync();
        try
        {
            await WaitUntilAsync(() => _fake.Gateway.SessionId is not null);
            var session = _fake.Gateway.SessionId;

            // An answered dispatch proves the client has processed READY; a drop before that rightly identifies anew.
            await _fake.Gateway.DispatchInteractionAsync(Interaction(76, "tok-76", "attacks"));
            await _fake.WaitForRequestAsync(r => r.Path == "/api/v10/interactions/76/tok-76/callback");
            _fake.Gateway.Drop();
            var resume = await _fake.Gateway.WaitForOpAsync(6);
            await _fake.Gateway.DispatchInteractionAsync(Interaction(78, "tok-78", "group"));
            await _fake.WaitForRequestAsync(r => r.Path == "/api/v10/interactions/78/tok-78/callback");

            Assert.True(resume.OnResumeUrl);
            Assert.Equal(session, resume.D!["session_id"]!.GetValue<string>());
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task A_fatal_gateway_close_stops_the_application_with_a_non_zero_exit_code()
    {
        _fake.Gateway.CloseIdentifyWith = 4014;
        using var host = BuildHost("gateway");
        var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
        var stopping = new TaskCompletionSource();
        lifetime.ApplicationStopping.Register(() => stopping.TrySetResult());
        try
        {
            await host.StartAsync();
            await stopping.Task.WaitAsync(TimeSpan.FromSeconds(10));

            Assert.NotEqual(0, Environment.ExitCode);
            Assert.Equal(1, _fake.Gateway.Connections);
        }
        finally
        {
            Environment.ExitCode = 0;
            await host.StopAsync();
        }
    }

    [Fact]
    public void Http_mode_registers_the_rest_client_but_no_gateway_service()
    {
        using var host = BuildHost("http");

        Assert.IsType<DiscordRestClient>(host.Services.GetRequiredService<IInteractionCallbackClient>());
        Assert.DoesNotContain(host.Services.GetServices<IHostedService>(), s => s is GatewayHostedService);
    }

    [Fact]
    public void Gateway_mode_registers_the_gateway_service()
    {
        using var host = BuildHost("gateway");

        Assert.Contains(host.Services.GetServices<IHostedService>(), s => s is GatewayHostedService);
    }

    [Fact]
    public void Options_are_bound_from_the_discord_section()
    {
        using var host = BuildHost("http");

        var options = host.Services.GetRequiredService<IOptions<DiscordOptions>>().Value;

        Assert.Equal(Token, options.Token);
        Assert.Equal(_fake.ApiBaseUrl, options.ApiBaseUrl);
        Assert.Equal(1434874753845916506UL, options.ApplicationId);
    }

    [Fact]
    public async Task The_registered_rest_client_reaches_the_configured_api()
    {
        using var host = BuildHost("http");
        var rest = host.Services.GetRequiredService<DiscordRestClient>();

        await rest.CreateMessageAsync(5, new MessageCreateRequest { Content = "from DI" }, null, CancellationToken.None);

        var request = Assert.Single(_fake.Requests);
        Assert.Equal("Bot " + Token, request.Header("Authorization"));
        Assert.Equal(200, request.ResponseStatus);
    }

    [Fact]
    public async Task Invalid_discord_settings_fail_at_start_up_without_echoing_the_token()
    {
        using var host = BuildHost("gateway", applicationId: "12");

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Discord:ApplicationId", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _fake.Gateway.Connections);
    }

    private IHost BuildHost(string mode, string applicationId = "1434874753845916506", bool slowHandler = false)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = Token,
            ["Discord:ApplicationId"] = applicationId,
            ["Discord:PublicKey"] = new string('a', 64),
            ["Discord:Mode"] = mode,
            ["Discord:ApiBaseUrl"] = _fake.ApiBaseUrl,
            ["Discord:GatewayUrlOverride"] = _fake.GatewayUrl,
        });
        builder.Services.AddDiscord(builder.Configuration);
        if (slowHandler)
        {
            builder.Services.Configure<DiscordInteractionOptions>(o => o.DeferAfter = TimeSpan.FromMilliseconds(50));
            builder.Services.AddSingleton<HandlerGate>();
            builder.Services.AddSingleton<IInteractionHandler, GatedEchoCommandHandler>();
        }
        else
        {
            builder.Services.AddSingleton<IInteractionHandler, EchoCommandHandler>();
        }

        return builder.Build();
    }

    private static JsonObject Interaction(ulong id, string token, string command) => new()
    {
        ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["application_id"] = "1434874753845916506",
        ["type"] = 2,
        ["token"] = token,
        ["version"] = 1,
        ["data"] = new JsonObject { ["id"] = "1", ["name"] = command, ["type"] = 1 },
    };

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(5, cts.Token);
        }
    }

    private sealed class EchoCommandHandler : IInteractionHandler
    {
        public Task<InteractionResponse> HandleAsync(Interaction interaction, CancellationToken cancellationToken) =>
            Task.FromResult(InteractionResponse.Message(new InteractionCallbackData { Content = "handled " + interaction.Data?.Name }));
    }

    private sealed class HandlerGate
    {
        private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Opened => _open.Task;

        public void Open() => _open.TrySetResult();
    }

    /// <summary>Answers only when the test opens the gate, so it is certainly past the deferral point.</summary>
    private sealed class GatedEchoCommandHandler(HandlerGate gate) : IInteractionHandler
    {
        public async Task<InteractionResponse> HandleAsync(Interaction interaction, CancellationToken cancellationToken)
        {
            await gate.Opened.WaitAsync(cancellationToken);
            return InteractionResponse.Message(new InteractionCallbackData { Content = "handled " + interaction.Data?.Name });
        }
    }
}
