using Dapper;
using Microsoft.Data.Sqlite;

namespace SahelBot.Facts.Import;

/// <summary>
/// Matches a dataset's actor name to a known group by its name or an alias, folded. ACLED writes
/// 'JNIM: Group for Support of Islam and Muslims', 'Al Mourabitoune Battalion', 'Koglweogo Militia';
/// GED writes 'JNIM', 'GATIA, MSA'. A name is tried whole, as its parts around ':' and ' - ', without a
/// parenthesised period or country, and without a trailing 'battalion'/'militia'/'group'. A few names
/// the datasets use that are no alias of ours are listed below. 'X and/or Y' (uncertain attribution) and
/// GED's bare 'IS' (which IS branch depends on the place and year) stay unmatched: text only.
/// </summary>
internal sealed class ActorMatcher
{
    private static readonly Dictionary<string, string> DatasetNames = new(StringComparer.Ordinal)
    {
        ["islamic state greater sahara"] = "isgs",
        ["islamic state west africa greater sahara faction"] = "isgs",
        ["islamic state sahel"] = "isgs",
        ["islamic state sahel province"] = "isgs",
        ["islamic state west africa"] = "iswap",
        ["islamic state west africa lake chad faction"] = "iswap",
        ["islamic state west africa province"] = "iswap",
        ["boko haram jamaatu ahli is sunnah lid dawati wal jihad"] = "boko haram",
        ["jamaatu ahli is sunnah lid dawati wal jihad"] = "boko haram",
        ["group for support of islam and muslims"] = "jnim",
    };

    private static readonly string[] TrailingWords = [" battalion", " militia", " group", " groups", " brigade"];

    private readonly Dictionary<string, string> groupByFolded;
    private readonly Dictionary<string, string?> cache = new(StringComparer.Ordinal);

    private ActorMatcher(Dictionary<string, string> groupByFolded) => this.groupByFolded = groupByFolded;

    public static ActorMatcher Load(SqliteConnection connection)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, folded) in connection.Query<(string, string)>(
            "SELECT id, name_folded FROM groups WHERE retracted_at IS NULL AND guild_id IS NULL ORDER BY id"))
        {
            map.TryAdd(folded, id);
        }

        foreach (var (id, folded) in connection.Query<(string, string)>(
            "SELECT a.group_id, a.alias_folded FROM group_aliases a JOIN groups g ON g.id = a.group_id WHERE g.retracted_at IS NULL AND g.guild_id IS NULL ORDER BY a.group_id, a.ordinal"))
        {
            map.TryAdd(folded, id);
        }

        return new ActorMatcher(map);
    }

    /// <summary>The id of the known group this actor name stands for, or null.</summary>
    public string? Match(string name)
    {
        if (cache.TryGetValue(name, out var known))
        {
            return known;
        }

        var result = Resolve(name);
        cache[name] = result;
        return result;
    }

    private string? Resolve(string name)
    {
        if (name.Contains(" and/or ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        foreach (var candidate in Candidates(name))
        {
            var folded = TextNormalizer.Fold(candidate);
            if (folded.Length == 0)
            {
                continue;
            }

            if (groupByFolded.TryGetValue(folded, out var id))
            {
                return id;
            }

            if (DatasetNames.TryGetValue(folded, out var alias) && groupByFolded.TryGetValue(alias, out id))
            {
                return id;
            }

            foreach (var word in TrailingWords)
            {
                if (folded.EndsWith(word, StringComparison.Ordinal) && groupByFolded.TryGetValue(folded[..^word.Length], out id))
                {
                    return id;
                }
            }
        }

        return null;
    }

    private static IEnumerable<string> Candidates(string name)
    {
        yield return name;
        var withoutBrackets = WithoutParentheses(name);
        if (withoutBrackets != name)
        {
            yield return withoutBrackets;
        }

        foreach (var separator in new[] { ":", " - " })
        {
            var at = withoutBrackets.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                yield return withoutBrackets[..at];
                yield return withoutBrackets[(at + separator.Length)..];
            }
        }
    }

    // 'Military Forces of Mali (2013-2020)' → 'Military Forces of Mali'; 'Islamic State (Greater Sahara)' keeps its words.
    private static string WithoutParentheses(string name)
    {
        var open = name.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            return name;
        }

        var close = name.IndexOf(')', open);
        var inside = close > open ? name[(open + 1)..close] : name[(open + 1)..];
        var isPeriod = inside.Length > 0 && (char.IsDigit(inside[0]) || inside.Contains('-', StringComparison.Ordinal));
        var rest = close > open ? name[(close + 1)..] : "";
        return (name[..open].TrimEnd() + (isPeriod ? "" : " " + inside) + rest).Trim();
    }
}
