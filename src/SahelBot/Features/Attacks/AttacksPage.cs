using SahelBot.Discord.Embeds;
using SahelBot.Discord.Models;
using SahelBot.Facts.Model;
using SahelBot.Facts.Queries;
using SahelBot.Features.Common;
using SahelBot.Formatting;
using SahelBot.Localization;

namespace SahelBot.Features.Attacks;

/// <summary>One page of /attacks: an embed with one field per incident and Previous/Next buttons.</summary>
public sealed class AttacksPage(IncidentQueries incidents, TrendQueries trends, CountryQueries countries, GroupQueries groups)
{
    public const int PageSize = 5;
    private const int SourcesPerLine = 4;
    private const int Deadliest = 5;

    public async Task<(IReadOnlyList<Embed> Embeds, IReadOnlyList<Component> Components)> BuildAsync(
        AttacksQuery query, int pageIndex, ulong? guildId, Texts texts, CancellationToken cancellationToken)
    {
        // The page, the deadliest of the selection, the country and the group are independent reads: run them together.
        var filter = query.ToFilter(guildId);
        var listing = incidents.ListAsync(filter, Math.Max(0, pageIndex), PageSize, cancellationToken);
        var deadliestLookup = pageIndex <= 0
            ? trends.DeadliestAsync(filter, Deadliest, cancellationToken)
            : Task.FromResult<IReadOnlyList<IncidentSummary>>([]);
        var countryLookup = countries.FindAsync(query.CountryCode, cancellationToken);
        var groupLookup = query.GroupId is null ? Task.FromResult<GroupDetail?>(null) : groups.FindAsync(query.GroupId, guildId, cancellationToken);
        await Task.WhenAll(listing, deadliestLookup, countryLookup, groupLookup);

        var page = listing.Result;
        if (page.Total > 0 && pageIndex >= page.PageCount)
        {
            page = await incidents.ListAsync(filter, page.PageCount - 1, PageSize, cancellationToken);
        }

        var countryName = countryLookup.Result?.Name(texts.IsFrench) ?? query.CountryCode;
        var filters = FilterLine(query, groupLookup.Result?.ToRef(), texts);

        // The first page also names the deadliest incidents, which newest-first paging would bury deep in a long list.
        var deadliest = page.PageIndex == 0 && page.Total > PageSize ? deadliestLookup.Result : [];
        var description = string.Join("\n\n", new[] { filters, DeadliestBlock(deadliest, texts), page.Total == 0 ? texts.NoIncidents : "" }.Where(p => p.Length > 0));

        var embed = new EmbedBuilder()
            .WithTitle(texts.AttacksTitle(countryName))
            .WithColor(Colors.Incidents)
            .WithDescription(description)
            .WithFooter($"{texts.PageOf(page.PageIndex + 1, Math.Max(1, page.PageCount))} · {texts.AttacksFooter(page.Total)}");
        foreach (var incident in page.Items)
        {
            embed.AddField(FieldName(incident, texts), FieldValue(incident, texts));
        }

        IReadOnlyList<Component> components = page.PageCount <= 1 ? [] :
        [
            Component.ActionRow(
                Component.Button(ButtonStyle.Secondary, $"◀ {texts.Previous}", query.ToCustomId(page.PageIndex - 1), disabled: page.PageIndex == 0),
                Component.Button(ButtonStyle.Secondary, $"{texts.Next} ▶", query.ToCustomId(page.PageIndex + 1), disabled: page.PageIndex + 1 >= page.PageCount)),
        ];
        return ([embed.Build()], components);
    }

    private static string DeadliestBlock(IReadOnlyList<IncidentSummary> deadliest, Texts texts) =>
        deadliest.Count == 0 ? "" : $"**{texts.DeadliestInSelection}**\n" + string.Join('\n', deadliest.Select(i =>
            $"{FactFormat.Date(i.Date, i.DatePrecision, texts)} · {Markdown.Escape(i.Place)} · {texts.DeathsShort}: {FactFormat.Deaths(i.Fatalities, texts)} · {FactFormat.SourceLinks(i.Sources, 2, texts)} · `{i.Id}`"));

    private static string FieldName(IncidentSummary incident, Texts texts) =>
        $"{FactFormat.Date(incident.Date, incident.DatePrecision, texts)} — {incident.Place}{(string.IsNullOrWhiteSpace(incident.Admin1) ? "" : $", {incident.Admin1}")}";

    private static string FieldValue(IncidentSummary incident, Texts texts)
    {
        var parts = new List<string>
        {
            texts.Kind(incident.Kind),
            $"{texts.DeathsShort} ({texts.Reported}): {FactFormat.Deaths(incident.Fatalities, texts)}",
        };
        var groups = incident.Perpetrators.Count > 0 ? incident.Perpetrators : incident.Claimants;
        if (groups.Count > 0)
        {
            parts.Add(FactFormat.GroupsShort(groups));
        }

        return $"{string.Join(" · ", parts)}\n{texts.Sources}: {FactFormat.SourceLinks(incident.Sources, SourcesPerLine, texts)} · `{incident.Id}`";
    }

    private static string FilterLine(AttacksQuery query, GroupRef? group, Texts texts)
    {
        var parts = new List<string>();
        if (query.Since is { } since)
        {
            parts.Add($"{texts.Since} {since:yyyy-MM-dd}");
        }

        if (query.Until is { } until)
        {
            parts.Add($"{texts.Until} {until:yyyy-MM-dd}");
        }

        if (query.GroupId is not null)
        {
            parts.Add($"{texts.Group} {(group is null ? query.GroupId : FactFormat.GroupsShort([group]))}");
        }

        if (query.MinDeaths is { } min)
        {
            parts.Add($"{texts.MinDeaths} {min}");
        }

        if (query.Kind is not null)
        {
            parts.Add(texts.Kind(query.Kind));
        }

        return parts.Count == 0 ? "" : $"{texts.Filters}: {string.Join(" · ", parts)}";
    }
}
