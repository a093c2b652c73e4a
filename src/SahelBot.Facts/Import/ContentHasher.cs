using System.Runtime.InteropServices;

namespace SahelBot.Facts.Import;

/// <summary>
/// A stable 64-bit FNV-1a-style hash over text fields (the same on every machine and run, unlike string.GetHashCode),
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
        // Four UTF-16 units at a time (FNV-1a over 64-bit words, then the tail): the notes column is long.
        var chars = (text ?? "\u0000").AsSpan();
        var words = MemoryMarshal.Cast<char, ulong>(chars);
        foreach (var word in words)
        {
            hash = (hash ^ word) * Prime;
            hash ^= hash >> 29;
        }

        foreach (var c in chars[(words.Length * 4)..])
        {
            hash = (hash ^ c) * Prime;
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
