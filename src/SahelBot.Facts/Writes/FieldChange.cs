namespace SahelBot.Facts.Writes;

/// <summary>
/// One field of a fact before and after a change; null where it had no value. For a list field
/// (<paramref name="IsList"/>) Before holds the items removed and After the items added.
/// </summary>
public sealed record FieldChange(string Field, string? Before, string? After, bool IsList = false);
