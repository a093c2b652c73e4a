namespace SahelBot.Facts.Model;

/// <summary>Picks the short name a group is usually called by from its aliases.</summary>
public static class GroupNames
{
    /// <summary>The first alias of 2–8 capital letters or digits (JNIM, ISGS, AQIM, CSP-PSD), else null.</summary>
    public static string? ShortName(IEnumerable<string> aliases)
    {
        ArgumentNullException.ThrowIfNull(aliases);
        foreach (var alias in aliases)
        {
            if (alias.Length is >= 2 and <= 8
                && char.IsAsciiLetterUpper(alias[0])
                && alias.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                return alias;
            }
        }

        return null;
    }
}
