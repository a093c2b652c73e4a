namespace SahelBot.Facts.Model;

/// <summary>One page of results; <paramref name="Total"/> counts every match, <paramref name="PageIndex"/> is 0-based.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageIndex, int PageSize)
{
    public int PageCount => PageSize <= 0 ? 0 : (Total + PageSize - 1) / PageSize;
}
