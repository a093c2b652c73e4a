using SahelBot.Facts.Model;
using SahelBot.Features.Common;
using SahelBot.Pipeline;

namespace SahelBot.Features.Pictures;

/// <summary>The selection both pictures draw: a country, an optional period and an optional armed group.</summary>
public sealed record PictureRequest(Country Country, DateOnly? Since, DateOnly? Until, GroupDetail? Group, ulong? GuildId)
{
    public IncidentFilter Filter => new()
    {
        CountryCode = Country.Code,
        Since = Since,
        Until = Until,
        GroupId = Group?.Id,
        GuildId = GuildId,
    };

    public static async Task<PictureRequest> ReadAsync(CommandContext context, FactResolver resolver, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(resolver);
        var options = context.Options;
        var country = await resolver.CountryAsync(options.String("country") ?? throw new UserInputException(t => t.Required("country")), cancellationToken);
        var since = FactResolver.Since(context);
        var until = FactResolver.Until(context);
        if (since > until)
        {
            throw new UserInputException(t => t.SinceAfterUntil);
        }

        var group = options.String("group") is { } groupText ? await resolver.GroupAsync(groupText, context.GuildId, cancellationToken) : null;
        return new PictureRequest(country, since, until, group, context.GuildId);
    }
}
