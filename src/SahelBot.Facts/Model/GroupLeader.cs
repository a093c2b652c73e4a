namespace SahelBot.Facts.Model;

/// <summary>A leader; From/To are partial dates ('2015', '2015-05', '2015-05-12') as the source gives them.</summary>
public sealed record GroupLeader(string Name, string? Role, string? From, string? To);
