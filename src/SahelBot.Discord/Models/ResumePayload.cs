namespace SahelBot.Discord.Models;

/// <summary>The <c>d</c> of op 6 RESUME.</summary>
public sealed class ResumePayload
{
    public string Token { get; init; } = "";

    public string SessionId { get; init; } = "";

    public int Seq { get; init; }

    public override string ToString() => $"ResumePayload {{ SessionId = {SessionId}, Seq = {Seq}, Token = *** }}";
}
