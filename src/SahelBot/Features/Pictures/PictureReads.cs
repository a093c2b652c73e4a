using SahelBot.Facts.Model;
using SahelBot.Facts.Queries;

namespace SahelBot.Features.Pictures;

/// <summary>
/// The reads both pictures make of their selection (what stands behind it, its deadliest incidents, the country's
/// coverage), each started on the thread pool so that they overlap with each other and with the picture's own reads:
/// Microsoft.Data.Sqlite's async calls are synchronous.
/// </summary>
public sealed record PictureReads(Task<SelectionFacts> Selection, Task<IReadOnlyList<IncidentSummary>> Deadliest, Task<CountryCoverage> Coverage)
{
    public static PictureReads Start(PictureRequest request, int deadliest, TrendQueries trends, StatsQueries stats, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(trends);
        ArgumentNullException.ThrowIfNull(stats);
        var filter = request.Filter;
        return new PictureReads(
            Task.Run(() => trends.SelectionAsync(filter, cancellationToken), cancellationToken),
            Task.Run(() => trends.DeadliestAsync(filter, deadliest, cancellationToken), cancellationToken),
            Task.Run(() => stats.CoverageAsync(request.Country, request.GuildId, cancellationToken), cancellationToken));
    }

    /// <summary>Completes when the three reads have, with the picture's own reads alongside.</summary>
    public Task AllAsync(params Task[] alongside) => Task.WhenAll([Selection, Deadliest, Coverage, .. alongside]);
}
