using SahelBot.Localization;

namespace SahelBot.Features.Pictures.Trend;

/// <summary>Everything the trend chart draws, already worded in the reader's language.</summary>
public sealed record TrendChartModel(
    string Title,
    string Subtitle,
    string By,
    IReadOnlyList<TrendBucket> Buckets,
    IReadOnlyList<(DateOnly Period, string Label)> Annotations,
    IReadOnlyList<string> Caption,
    Texts Texts);
