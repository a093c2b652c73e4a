namespace SahelBot.Facts.Import;

/// <summary>
/// ACLED event and sub-event types (the 2019+ scheme and the pre-2017 one) → the store's incident kinds.
/// Protests, riots and strategic developments (arrests, looting, agreements, bases set up) are not
/// security incidents in this bot's sense: they are left out unless asked for, then kept as "other".
/// A battle is a "clash" whoever ACLED lists first: its actor order does not say who attacked whom.
/// </summary>
internal static class AcledKinds
{
    private static readonly HashSet<string> NotSecurityIncidents = new(StringComparer.Ordinal)
    {
        "protests", "riots", "riots protests", "strategic developments", "strategic development",
        "non violent transfer of territory", "headquarters or base established", "demonstrations",
    };

    /// <summary>The kind, or null with a reason when the type is left out or unknown.</summary>
    public static string? Map(string? eventType, string? subEventType, bool allEventTypes, FoldCache folds, out string? reason, out bool unknown)
    {
        reason = null;
        unknown = false;
        var type = folds.Fold(eventType);
        var sub = folds.Fold(subEventType);
        switch (type)
        {
            case "battles" or "battle no change of territory" or "battle government regains territory" or "battle non state actor overtakes territory":
                return "clash";
            case "explosions remote violence":
                return sub switch
                {
                    "air drone strike" => "airstrike",
                    "suicide bomb" => "suicide bombing",
                    "remote explosive landmine ied" => "IED",
                    _ => "other",
                };
            case "remote violence":
                return "other";
            case "violence against civilians":
                return sub == "abduction forced disappearance" ? "kidnapping" : "attack on civilians";
        }

        if (type.Length == 0)
        {
            reason = "no event_type";
            unknown = true;
            return null;
        }

        if (!NotSecurityIncidents.Contains(type))
        {
            reason = $"unknown event_type '{eventType}'";
            unknown = true;
            return allEventTypes ? "other" : null;
        }

        if (allEventTypes)
        {
            return "other";
        }

        reason = $"not a security incident ({eventType})";
        return null;
    }

    /// <summary>ACLED's actor type for an inter code (digits in older and numeric exports, words in newer ones).</summary>
    public static string? ActorType(string? inter) => inter switch
    {
        null or "" or "0" => null,
        "1" => "State forces",
        "2" => "Rebel group",
        "3" => "Political militia",
        "4" => "Identity militia",
        "5" => "Rioters",
        "6" => "Protesters",
        "7" => "Civilians",
        "8" => "External/Other forces",
        _ => inter,
    };
}
