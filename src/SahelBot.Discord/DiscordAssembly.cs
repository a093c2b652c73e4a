namespace SahelBot.Discord;

/// <summary>Marks the Discord layer assembly.</summary>
public static class DiscordAssembly;
