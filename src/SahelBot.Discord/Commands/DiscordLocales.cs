namespace SahelBot.Discord.Commands;

/// <summary>The locale codes Discord accepts as localization keys (32; French is plain "fr", there is no Arabic).</summary>
public static class DiscordLocales
{
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr", "hr", "it", "lt", "hu", "nl", "no", "pl", "pt-BR",
        "ro", "fi", "sv-SE", "vi", "tr", "cs", "el", "bg", "ru", "uk", "hi", "th", "zh-CN", "ja", "zh-TW", "ko",
    };

    public static bool IsValid(string? locale) => locale is not null && All.Contains(locale);
}
