namespace SahelBot.Facts.Import;

/// <summary>Orders ACLED revisions (row timestamps); a missing timestamp orders as equal to any other.</summary>
internal static class RevisionOrder
{
    public static int Compare(long? a, long? b) => a is { } x && b is { } y ? x.CompareTo(y) : 0;
}
