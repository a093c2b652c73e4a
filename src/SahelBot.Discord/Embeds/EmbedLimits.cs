namespace SahelBot.Discord.Embeds;

/// <summary>Discord's length limits for embeds and message content, counted after trimming whitespace.</summary>
public static class EmbedLimits
{
    public const int Title = 256;
    public const int Description = 4096;
    public const int Fields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int FooterText = 2048;
    public const int AuthorName = 256;

    /// <summary>Sum of title, description, field names and values, footer text and author name over all embeds of a message.</summary>
    public const int TotalCharacters = 6000;

    public const int EmbedsPerMessage = 10;
    public const int Content = 2000;

    /// <summary>Longest URL the API accepts in an embed.</summary>
    public const int Url = 2048;

    public const int MaxColor = 0xFFFFFF;
}
