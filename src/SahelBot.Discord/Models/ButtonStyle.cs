namespace SahelBot.Discord.Models;

/// <summary>Button styles; <see cref="Link"/> opens a URL and sends no interaction.</summary>
public enum ButtonStyle
{
    Primary = 1,
    Secondary = 2,
    Success = 3,
    Danger = 4,
    Link = 5,
}
