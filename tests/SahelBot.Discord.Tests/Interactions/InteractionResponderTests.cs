using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SahelBot.Discord.Interactions;
using SahelBot.Discord.Models;
using SahelBot.Discord.Testing.Time;

namespace SahelBot.Discord.Tests.Interactions;

public sealed class InteractionResponderTests : IDisposable
{
    private static readonly TimeSpan DeferAfter = TimeSpan.FromSeconds(2.5);

    private readonly ManualTimeProvider _time = new();
    private readonly FakeCallbackClient _callbacks = new();
    private readonly ListLogger<InteractionResponder> _logger = new();
    private readonly List<InteractionResponse> _delivered = [];
    private InteractionResponder? _responder;

    public void Dispose() => _responder?.Dispose();

    private static Interaction Incoming(InteractionType type) => new()
    {
        Id = 1536301845188149683,
        ApplicationId = 1434874753845916506,
        Type = type,
        Token = "token",
        Data = new InteractionData { Name = "incidents", CustomId = type is InteractionType.MessageComponent ? "inc:p2" : null },
    };

    private static InteractionResponse Answer(string content, MessageFlags? flags = null) =>
        InteractionResponse.Message(new InteractionCallbackData { Content = content, Flags = flags });

    private InteractionResponder Responder(IInteractionHandler handler) =>
        _responder = new InteractionResponder(handler, _callbacks, Options.Create(new DiscordInteractionOptions { DeferAfter = DeferAfter }), _time, _logger);

    private Task<InteractionResponse> Respond(InteractionResponder responder, Interaction interaction) =>
        responder.RespondAsync(
            interaction,
            (response, _) =>
            {
                lock (_delivered)
                {
                    _delivered.Add(response);
                }

                _callbacks.Calls.Enqueue($"deliver:{(int)response.Type}");
                return Task.CompletedTask;
            },
            CancellationToken.None);

    /// <summary>Starts a response with a held-back handler and lets the deadline pass.</summary>
    private async Task<InteractionResponse> RespondPastDeadline(ScriptedHandler handler, Interaction interaction)
    {
        var responding = Respond(Responder(handler.HoldUntilReleased()), interaction);
        await handler.Started;
        _time.Advance(DeferAfter);
        return await responding;
    }

    [Fact]
    public async Task FastHandlerResponseIsDeliveredFirst()
    {
        var first = await Respond(Responder(new ScriptedHandler(_ => Answer("résultat"))), Incoming(InteractionType.ApplicationCommand));

        Assert.Equal("résultat", first.Data!.Content);
        Assert.Same(first, Assert.Single(_delivered));
        Assert.Empty(_callbacks.Edits);
    }

    [Fact]
    public async Task PingIsAnsweredWithPongWithoutTheHandler()
    {
        var handler = new ScriptedHandler(_ => Answer("x"));

        var first = await Respond(Responder(handler), Incoming(InteractionType.Ping));

        Assert.Equal(InteractionCallbackType.Pong, first.Type);
        Assert.Equal(0, handler.Calls);
    }

    [Fact]
    public async Task SlowCommandIsDeferredPublicly()
    {
        var first = await RespondPastDeadline(new ScriptedHandler(_ => Answer("x")), Incoming(InteractionType.ApplicationCommand));

        Assert.Equal(InteractionCallbackType.DeferredChannelMessageWithSource, first.Type);
        Assert.Null(first.Data);
    }

    [Fact]
    public async Task SlowModalSubmitIsDeferredWithTypeFive()
    {
        var first = await RespondPastDeadline(new ScriptedHandler(_ => Answer("x")), Incoming(InteractionType.ModalSubmit));

        Assert.Equal(InteractionCallbackType.DeferredChannelMessageWithSource, first.Type);
    }

    [Fact]
    public async Task SlowComponentIsDeferredAsUpdate()
    {
        var first = await RespondPastDeadline(new ScriptedHandler(_ => InteractionResponse.Update(new() { Content = "p2" })), Incoming(InteractionType.MessageComponent));

        Assert.Equal(InteractionCallbackType.DeferredUpdateMessage, first.Type);
    }

    [Fact]
    public async Task SlowAutocompleteAnswersEmptyChoices()
    {
        var first = await RespondPastDeadline(new ScriptedHandler(_ => InteractionResponse.Autocomplete([])), Incoming(InteractionType.ApplicationCommandAutocomplete));

        Assert.Equal(InteractionCallbackType.ApplicationCommandAutocompleteResult, first.Type);
        Assert.Empty(first.Data!.Choices!);
    }

    [Fact]
    public async Task DeferredResultIsDeliveredByEditingTheOriginal()
    {
        var handler = new ScriptedHandler(_ => Answer("résultat tardif"));
        var interaction = Incoming(InteractionType.ApplicationCommand);
        await RespondPastDeadline(handler, interaction);

        handler.Release();
        var edit = await _callbacks.FirstEdit;

        Assert.Equal((interaction.ApplicationId, "token", "résultat tardif"), (edit.ApplicationId, edit.Token, edit.Data.Content));
    }

    [Fact]
    public async Task EditComesAfterTheDeferralWasDelivered()
    {
        var handler = new ScriptedHandler(_ => Answer("x"));
        await RespondPastDeadline(handler, Incoming(InteractionType.ApplicationCommand));

        handler.Release();
        await _callbacks.FirstEdit;

        Assert.Equal(["deliver:5", "edit"], _callbacks.Calls);
    }

    [Fact]
    public async Task DeferredComponentUpdateEditsTheOriginal()
    {
        var handler = new ScriptedHandler(_ => InteractionResponse.Update(new() { Content = "page 2" }));
        await RespondPastDeadline(handler, Incoming(InteractionType.MessageComponent));

        handler.Release();

        Assert.Equal("page 2", (await _callbacks.FirstEdit).Data.Content);
    }

    [Fact]
    public async Task LateEphemeralAnswerStillEditsWithoutTheEphemeralFlag()
    {
        var handler = new ScriptedHandler(_ => Answer("privé", MessageFlags.Ephemeral | MessageFlags.SuppressEmbeds));
        await RespondPastDeadline(handler, Incoming(InteractionType.ApplicationCommand));

        handler.Release();
        var edit = await _callbacks.FirstEdit;

        Assert.Equal(("privé", MessageFlags.SuppressEmbeds), (edit.Data.Content, edit.Data.Flags));
    }

    [Fact]
    public async Task LateFilesArePassedToTheEdit()
    {
        var file = new FileAttachment("map.png", [1, 2, 3]);
        var handler = new ScriptedHandler(_ => new InteractionResponse { Type = InteractionCallbackType.ChannelMessageWithSource, Data = new() { Content = "carte" }, Files = [file] });
        await RespondPastDeadline(handler, Incoming(InteractionType.ApplicationCommand));

        handler.Release();

        Assert.Same(file, Assert.Single((await _callbacks.FirstEdit).Files!));
    }

    [Fact]
    public async Task HandlerExceptionBecomesEphemeralErrorMessage()
    {
        var first = await Respond(Responder(new ScriptedHandler(_ => throw new InvalidOperationException("boom"))), Incoming(InteractionType.ApplicationCommand));

        Assert.Equal(InteractionCallbackType.ChannelMessageWithSource, first.Type);
        Assert.Equal(MessageFlags.Ephemeral, first.Data!.Flags);
        Assert.Contains("Something went wrong", first.Data.Content, StringComparison.Ordinal);
        Assert.Equal([], first.Data.AllowedMentions!.Parse!);
    }

    [Fact]
    public async Task HandlerExceptionIsLogged()
    {
        await Respond(Responder(new ScriptedHandler(_ => throw new InvalidOperationException("boom"))), Incoming(InteractionType.ApplicationCommand));

        var entry = Assert.Single(_logger.Entries, e => e.Level == LogLevel.Error);
        Assert.Equal("boom", entry.Exception!.Message);
    }

    [Fact]
    public async Task HandlerExceptionAfterDeferralEditsInTheErrorMessage()
    {
        var handler = new ScriptedHandler(_ => throw new InvalidOperationException("late boom"));
        await RespondPastDeadline(handler, Incoming(InteractionType.ApplicationCommand));

        handler.Release();

        Assert.Contains("Something went wrong", (await _callbacks.FirstEdit).Data.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ErrorMessageCanBeLocalized()
    {
        var options = new DiscordInteractionOptions { ErrorMessage = i => i.Locale == "fr" ? "Une erreur est survenue." : "Error." };
        _responder = new InteractionResponder(new ScriptedHandler(_ => throw new InvalidOperationException()), _callbacks, Options.Create(options), _time, _logger);
        var interaction = new Interaction { Type = InteractionType.ApplicationCommand, Locale = "fr", Token = "t" };

        var first = await Respond(_responder, interaction);

        Assert.Equal("Une erreur est survenue.", first.Data!.Content);
    }

    [Fact]
    public async Task ModalProducedAfterDeferralIsReplacedByAnErrorEdit()
    {
        var handler = new ScriptedHandler(_ => InteractionResponse.Modal("fact:add", "Ajouter", []));
        await RespondPastDeadline(handler, Incoming(InteractionType.ApplicationCommand));

        handler.Release();

        Assert.Contains("Something went wrong", (await _callbacks.FirstEdit).Data.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GatewayInteractionIsAnsweredThroughTheCallbackEndpoint()
    {
        var interaction = Incoming(InteractionType.ApplicationCommand);

        await Responder(new ScriptedHandler(_ => Answer("ok"))).RespondViaCallbackAsync(interaction, CancellationToken.None);

        var created = Assert.Single(_callbacks.Created);
        Assert.Equal((interaction.Id, "token", "ok"), (created.InteractionId, created.Token, created.Response.Data!.Content));
    }
}
