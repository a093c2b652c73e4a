using SahelBot.Facts.Subscriptions;
using SahelBot.Features.Common;
using SahelBot.Localization;
using SahelBot.Pipeline;

namespace SahelBot.Features.Subscriptions;

/// <summary>Reads /subscribe's filter options: comma-separated lists, each value resolved as the query commands resolve it.</summary>
public sealed class SubscriptionFilterParser(FactResolver resolver)
{
    public async Task<SubscriptionFilters> ParseAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = context.Options;
        var countries = new List<string>();
        foreach (var text in Split(options.String("countries"), "countries"))
        {
            countries.Add((await resolver.CountryAsync(text, cancellationToken)).Code);
        }

        var groups = new List<string>();
        foreach (var text in Split(options.String("groups"), "groups"))
        {
            groups.Add((await resolver.GroupAsync(text, context.GuildId, cancellationToken)).Id);
        }

        var kinds = Split(options.String("kinds"), "kinds").Select(Kind).ToList();
        var minDeaths = options.Integer("min_deaths");
        if (minDeaths is < 0 or > 100_000)
        {
            throw new UserInputException(t => t.OutOfRange("min_deaths", 0, 100_000));
        }

        return new SubscriptionFilters(countries.Distinct().ToList(), groups.Distinct().ToList(), kinds.Distinct().ToList(), (int?)minDeaths);
    }

    /// <summary>A kind as stored, from its value or its English or French name, any case.</summary>
    public static string Kind(string text) =>
        IncidentKinds.All.FirstOrDefault(k =>
            string.Equals(k, text, StringComparison.OrdinalIgnoreCase)
            || string.Equals(Texts.English.Kind(k), text, StringComparison.OrdinalIgnoreCase)
            || string.Equals(Texts.French.Kind(k), text, StringComparison.OrdinalIgnoreCase))
        ?? throw new UserInputException(t => t.UnknownKind(text));

    public static IReadOnlyList<string> Split(string? text, string option)
    {
        var values = (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return values.Length <= SubscriptionOptions.MaxValuesPerFilter
            ? values
            : throw new UserInputException(t => t.TooManyValues(option, SubscriptionOptions.MaxValuesPerFilter));
    }
}
