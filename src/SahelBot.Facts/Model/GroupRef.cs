namespace SahelBot.Facts.Model;

/// <summary>A group as named in a list; <paramref name="ShortName"/> is its first short all-caps alias (JNIM, ISGS), if any.</summary>
public sealed record GroupRef(string Id, string Name, string? ShortName);
