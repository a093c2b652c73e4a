namespace SahelBot.Facts.Model;

/// <summary>A troop figure as of a partial date ('2013-04' or '2013-04-25'), exactly as a source gives it.</summary>
public sealed record DeploymentStrength(string AsOf, int Troops, string? Note);
