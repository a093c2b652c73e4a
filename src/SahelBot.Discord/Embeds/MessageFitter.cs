using SahelBot.Discord.Models;

namespace SahelBot.Discord.Embeds;

/// <summary>Makes a message's embeds fit Discord's per-message limits: at most 10 embeds and 6000 characters in all.</summary>
public static class MessageFitter
{
    /// <summary>Descriptions are first shortened to this, so fields keep their place before descriptions vanish.</summary>
    public const int DescriptionFloor = 200;

    /// <summary>
    /// Keeps the first 10 embeds, cuts any text over its own limit, then, while the total is over 6000: shortens
    /// descriptions (last embed first) down to <see cref="DescriptionFloor"/>, drops fields (last first), drops
    /// descriptions, and finally drops trailing embeds.
    /// </summary>
    public static IReadOnlyList<Embed> FitTotal(IReadOnlyList<Embed> embeds)
    {
        ArgumentNullException.ThrowIfNull(embeds);
        var list = embeds.Take(EmbedLimits.EmbedsPerMessage).Select(FitParts).ToList();
        var excess = list.Sum(CountCharacters) - EmbedLimits.TotalCharacters;

        for (var i = list.Count - 1; i >= 0 && excess > 0; i--)
        {
            var description = list[i].Description;
            if (description is not null && description.Length > DescriptionFloor)
            {
                var cut = EmbedText.Fit(description, Math.Max(DescriptionFloor, description.Length - excess));
                excess -= description.Length - cut.Length;
                list[i] = list[i] with { Description = cut };
            }
        }

        for (var i = list.Count - 1; i >= 0 && excess > 0; i--)
        {
            var fields = list[i].Fields?.ToList() ?? [];
            while (excess > 0 && fields.Count > 0)
            {
                excess -= fields[^1].Name.Length + fields[^1].Value.Length;
                fields.RemoveAt(fields.Count - 1);
            }

            list[i] = list[i] with { Fields = fields.Count > 0 ? fields : null };
        }

        for (var i = list.Count - 1; i >= 0 && excess > 0; i--)
        {
            excess -= list[i].Description?.Length ?? 0;
            list[i] = list[i] with { Description = null };
        }

        while (excess > 0 && list.Count > 1)
        {
            excess -= CountCharacters(list[^1]);
            list.RemoveAt(list.Count - 1);
        }

        return list;
    }

    /// <summary>Characters of an embed that count toward the 6000 total.</summary>
    public static int CountCharacters(Embed embed)
    {
        ArgumentNullException.ThrowIfNull(embed);
        return (embed.Title?.Length ?? 0)
            + (embed.Description?.Length ?? 0)
            + (embed.Fields?.Sum(f => f.Name.Length + f.Value.Length) ?? 0)
            + (embed.Footer?.Text.Length ?? 0)
            + (embed.Author?.Name.Length ?? 0);
    }

    private static Embed FitParts(Embed embed)
    {
        ArgumentNullException.ThrowIfNull(embed);
        return embed with
        {
            Title = NullIfEmpty(EmbedText.Fit(embed.Title, EmbedLimits.Title)),
            Description = NullIfEmpty(EmbedText.Fit(embed.Description, EmbedLimits.Description)),
            Fields = embed.Fields?
                .Take(EmbedLimits.Fields)
                .Select(f => f with
                {
                    Name = OrPlaceholder(EmbedText.Fit(f.Name, EmbedLimits.FieldName)),
                    Value = OrPlaceholder(EmbedText.Fit(f.Value, EmbedLimits.FieldValue)),
                })
                .ToList(),
            Footer = embed.Footer is null || string.IsNullOrWhiteSpace(embed.Footer.Text)
                ? null
                : embed.Footer with { Text = EmbedText.Fit(embed.Footer.Text, EmbedLimits.FooterText) },
            Author = embed.Author is null || string.IsNullOrWhiteSpace(embed.Author.Name)
                ? null
                : embed.Author with { Name = EmbedText.Fit(embed.Author.Name, EmbedLimits.AuthorName) },
        };
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static string OrPlaceholder(string text) => text.Length == 0 ? EmbedText.EmptyPlaceholder : text;
}
