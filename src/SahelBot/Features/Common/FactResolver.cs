using SahelBot.Facts.Model;
using SahelBot.Facts.Queries;
using SahelBot.Pipeline;

namespace SahelBot.Features.Common;

/// <summary>Turns what a person typed into facts-store keys, or a short reply naming the closest matches.</summary>
public sealed class FactResolver(CountryQueries countries, GroupQueries groups)
{
    private const int Suggestions = 3;

    public async Task<Country> CountryAsync(string text, CancellationToken cancellationToken)
    {
        var country = await countries.FindAsync(text, cancellationToken);
        if (country is not null)
        {
            return country;
        }

        var close = await countries.SuggestAsync(text, Suggestions, cancellationToken: cancellationToken);
        throw new UserInputException(t => t.UnknownCountry(text) + t.DidYouMean(close.Select(c => c.Name(t.IsFrench))));
    }

    public async Task<GroupDetail> GroupAsync(string text, ulong? guildId, CancellationToken cancellationToken)
    {
        var group = await groups.FindAsync(text, guildId, cancellationToken);
        if (group is not null)
        {
            return group;
        }

        var close = await groups.SuggestAsync(text, Suggestions, guildId, cancellationToken);
        throw new UserInputException(t => t.UnknownGroup(text) + t.DidYouMean(close.Select(g => g.ShortName ?? g.Name)));
    }

    public static DateOnly? Since(CommandContext context, string option = "since")
    {
        var text = context.Options.String(option);
        if (text is null)
        {
            return null;
        }

        return DateFilterParser.TryParseSince(text, context.Today, out var since, out var error)
            ? since
            : throw new UserInputException(t => t.BadDate(option, error ?? text));
    }

    public static DateOnly? Until(CommandContext context, string option = "until")
    {
        var text = context.Options.String(option);
        if (text is null)
        {
            return null;
        }

        return DateFilterParser.TryParseUntil(text, context.Today, out var until, out var error)
            ? until
            : throw new UserInputException(t => t.BadDate(option, error ?? text));
    }
}
