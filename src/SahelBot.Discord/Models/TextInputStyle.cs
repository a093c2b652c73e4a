namespace SahelBot.Discord.Models;

/// <summary>Single-line or multi-line text input.</summary>
public enum TextInputStyle
{
    Short = 1,
    Paragraph = 2,
}
