using System.Globalization;
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

    public void Add(string? text) => Add((text ?? "\u0000").AsSpan());

    // Numbers are formatted on the stack: the same characters as ToString, without a string per field and row.
    public void Add(long? value)
    {
        Span<char> digits = stackalloc char[32];
        if (value is { } number && number.TryFormat(digits, out var length, default, CultureInfo.InvariantCulture))
        {
            Add(digits[..length]);
        }
        else
        {
            Add(value?.ToString(CultureInfo.InvariantCulture));
        }
    }

    public void Add(double? value)
    {
        Span<char> digits = stackalloc char[64];
        if (value is { } number && number.TryFormat(digits, out var length, "R", CultureInfo.InvariantCulture))
        {
            Add(digits[..length]);
        }
        else
        {
            Add(value?.ToString("R", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Adds the actors' names in ordinal order to <paramref name="seed"/>: the same actors hash the same in any order.</summary>
    public static ulong Combine(ulong seed, List<ImportedActor> actors)
    {
        var names = new string[actors.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = actors[i].Name;
        }

        Array.Sort(names, StringComparer.Ordinal);
        var hasher = new ContentHasher { hash = seed };
        foreach (var name in names)
        {
            hasher.Add(name);
        }

        return hasher.Value;
    }

    private void Add(ReadOnlySpan<char> chars)
    {
        // Four UTF-16 units at a time (FNV-1a over 64-bit words, then the tail): the notes column is long.
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
}
