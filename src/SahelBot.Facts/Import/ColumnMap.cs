namespace SahelBot.Facts.Import;

/// <summary>
/// Finds columns by header name: case-insensitive, surrounding spaces ignored, inner spaces read as
/// underscores ('SOURCE SCALE' = source_scale), old names mapped to current ones (ALLY_ACTOR_1 =
/// assoc_actor_1). Empty-named columns (an R row index, trailing blanks) and unknown names are ignored.
/// </summary>
internal sealed class ColumnMap
{
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.Ordinal)
    {
        ["ally_actor_1"] = "assoc_actor_1",
        ["ally_actor_2"] = "assoc_actor_2",
    };

    private readonly Dictionary<string, int> indexByName = new(StringComparer.Ordinal);

    public ColumnMap(IReadOnlyList<string> headers)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            var name = Normalize(headers[i]);
            if (name.Length > 0)
            {
                indexByName.TryAdd(name, i);
                LastNamedIndex = i;
            }
        }

        HeaderCount = headers.Count;
    }

    public int HeaderCount { get; }

    /// <summary>The index of the last column with a name; a row shorter than that lost fields.</summary>
    public int LastNamedIndex { get; } = -1;

    /// <summary>The column's index, or -1 when the file has no such column.</summary>
    public int this[string name] => indexByName.GetValueOrDefault(name, -1);

    public bool Has(string name) => indexByName.ContainsKey(name);

    public static string Normalize(string header)
    {
        var name = header.Trim().Trim('\uFEFF').Trim().ToLowerInvariant().Replace(' ', '_');
        return Renamed.GetValueOrDefault(name, name);
    }
}
