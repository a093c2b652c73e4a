using System.Runtime.InteropServices;

namespace SahelBot.Facts.Import;

/// <summary>
/// A stable 64-bit FNV-1a hash over text fields (the same on every machine and run, unlike string.GetHashCode),
/// to tell whether a re-imported event differs from the stored one.
/// </summary>
internal struct ContentHasher
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    private ulong hash;

    public ContentHasher() => hash = Offset;

    public readonly ulong Value => hash;

    public void Add(string? text)
    {
        foreach (var b in MemoryMarshal.AsBytes((text ?? "\u0000").AsSpan()))
        {
            hash = (hash ^ b) * Prime;
        }

        hash = (hash ^ 0x1F) * Prime;
    }

    public void Add(long? value) => Add(value?.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public void Add(double? value) => Add(value?.ToString("R", System.Globalization.CultureInfo.InvariantCulture));

    public static ulong Combine(ulong seed, IEnumerable<string> texts)
    {
        var hasher = new ContentHasher { hash = seed };
        foreach (var text in texts.Order(StringComparer.Ordinal))
        {
            hasher.Add(text);
        }

        return hasher.Value;
    }

    /// <summary>A key for an event id: ids are kept as hashes so the run's id map stays small.</summary>
    public static ulong Of(string text)
    {
        var hasher = new ContentHasher();
        hasher.Add(text);
        return hasher.Value;
    }
}
