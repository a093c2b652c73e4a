using SahelBot.Facts.Import;

namespace SahelBot.Cli;

/// <summary>The options of one <c>sahelbot import</c> command line, as typed.</summary>
internal sealed record ImportRequest(
    ConflictDataset Dataset,
    string File,
    string? DatabasePath,
    IReadOnlyList<string> Countries,
    string? Since,
    bool DryRun,
    bool Strict,
    bool AllEventTypes,
    string? SkippedReport,
    int BatchSize);
