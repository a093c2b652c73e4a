namespace SahelBot.Facts.Writes;

/// <summary>One field of a fact before and after a change; null where it had no value.</summary>
public sealed record FieldChange(string Field, string? Before, string? After);
