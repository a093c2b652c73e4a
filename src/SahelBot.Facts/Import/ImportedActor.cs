namespace SahelBot.Facts.Import;

/// <summary>An actor as the dataset names it; <paramref name="ActorType"/> is ACLED's inter code meaning, when given.</summary>
internal sealed record ImportedActor(string Name, string? ActorType);
