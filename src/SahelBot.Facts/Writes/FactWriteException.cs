namespace SahelBot.Facts.Writes;

/// <summary>
/// A write refused before anything was stored. <see cref="Subject"/> names the field or id concerned and
/// <see cref="Detail"/> carries the offending value or limit, so the caller can word the refusal.
/// </summary>
public sealed class FactWriteException(FactWriteError error, string subject, string? detail = null)
    : Exception($"{error}: {subject}{(detail is null ? "" : $" ({detail})")}")
{
    public FactWriteError Error { get; } = error;

    public string Subject { get; } = subject;

    public string? Detail { get; } = detail;
}
