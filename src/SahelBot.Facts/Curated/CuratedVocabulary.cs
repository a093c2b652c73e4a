namespace SahelBot.Facts.Curated;

/// <summary>The closed value sets of the curated data (see data/README.md).</summary>
public static class CuratedVocabulary
{
    public static IReadOnlyList<string> DatePrecisions { get; } = ["day", "month", "year"];

    public static IReadOnlyList<string> IncidentKinds { get; } =
    [
        "attack on military", "attack on civilians", "ambush", "IED", "suicide bombing", "massacre",
        "kidnapping", "clash", "airstrike", "coup", "other",
    ];

    public static IReadOnlyList<string> IncidentTargets { get; } =
        ["military", "civilians", "UN peacekeepers", "foreign forces", "mixed", "other"];

    public static IReadOnlyList<string> GroupAffiliations { get; } =
        ["al-Qaeda", "Islamic State", "separatist", "militia", "state-backed", "other"];

    public static IReadOnlyList<string> DeploymentKinds { get; } =
    [
        "national military operation", "UN peacekeeping", "regional force", "EU mission",
        "private military/paramilitary", "bilateral",
    ];
}
