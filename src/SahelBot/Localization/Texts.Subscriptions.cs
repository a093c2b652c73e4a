namespace SahelBot.Localization;

/// <summary>Channel subscriptions: the commands' replies and the posts the sender makes.</summary>
public sealed partial class Texts
{
    // Refusals
    public string SubscriptionsServerOnly => S("Subscriptions are set up in a server channel, not in direct messages.", "Les abonnements se règlent dans un salon de serveur, pas en message privé.");
    public string NeedsManageChannels => S("Only members with the Manage Channels permission can change this server's subscriptions.", "Seuls les membres ayant la permission Gérer les salons peuvent modifier les abonnements de ce serveur.");
    public string BotLacksPermissions(string channel, string missing) => S(
        $"I can't post in {channel}: I lack {missing} there. Give me that permission in the channel, then subscribe again.",
        $"Je ne peux pas publier dans {channel} : il me manque {missing}. Donnez-moi cette permission dans le salon, puis abonnez-le de nouveau.");
    public string NotATextChannel(string channel) => S($"{channel} is not a text or announcement channel.", $"{channel} n'est ni un salon textuel ni un salon d'annonces.");
    public string NoSubscription(string channel) => S($"{channel} has no subscription in this server.", $"{channel} n'a pas d'abonnement sur ce serveur.");
    public string AlreadyPaused(string channel) => S($"{channel} is already paused.", $"{channel} est déjà en pause.");
    public string NotPaused(string channel) => S($"{channel} is not paused.", $"{channel} n'est pas en pause.");
    public string TooManyValues(string option, int max) => S($"`{option}` takes at most {max} values.", $"`{option}` accepte au plus {max} valeurs.");

    // Confirmations
    public string Subscribed(string channel, string filters) => S(
        $"Subscribed {channel} to new incidents ({filters}). Each is posted there once, as it is recorded; nothing older is posted.",
        $"{channel} est abonné aux nouveaux incidents ({filters}). Chacun y est publié une fois, dès son enregistrement ; rien d'ancien n'est publié.");
    public string SubscriptionUpdated(string channel, string filters) => S($"Updated {channel}: new incidents ({filters}).", $"{channel} mis à jour : nouveaux incidents ({filters}).");
    public string BackfillQueued(int count) => count switch
    {
        0 => S(" No earlier incident matches.", " Aucun incident antérieur ne correspond."),
        _ => S($" The {count} newest matching incidents will be posted once.", $" Les {count} incidents correspondants les plus récents seront publiés une fois."),
    };

    public string Unsubscribed(string channel) => S($"Unsubscribed {channel}; nothing more will be posted there.", $"{channel} est désabonné ; plus rien n'y sera publié.");
    public string Paused(string channel) => S($"Paused {channel}. New incidents are not queued for it until you resume.", $"{channel} est en pause. Les nouveaux incidents ne lui sont plus destinés jusqu'à la reprise.");
    public string Resumed(string channel) => S($"Resumed {channel}; anything held while it was paused by Discord will be posted now.", $"{channel} a repris ; ce qui était retenu pendant la pause due à Discord sera publié maintenant.");

    // /subscriptions
    public string SubscriptionsTitle => S("Subscriptions in this server", "Abonnements de ce serveur");
    public string NoSubscriptions => S("This server has no subscriptions. Start one with /subscribe.", "Ce serveur n'a aucun abonnement. Commencez avec /subscribe.");
    public string StateActive => S("active", "actif");
    public string StatePaused => S("paused by a moderator", "en pause (modérateur)");
    public string StateDiscordPaused(string reason) => S($"paused: Discord refused — {reason}", $"en pause : Discord a refusé — {reason}");
    public string LastPost(string when) => S($"last post {when}", $"dernière publication {when}");
    public string NeverPosted => S("nothing posted yet", "rien publié encore");
    public string PendingAndFailed(int pending, int failed) => S($"{pending} pending, {failed} failed", $"{pending} en attente, {failed} en échec");

    // Filters in words
    public string AllIncidents => S("all incidents", "tous les incidents");
    public string FilterCountries(string list) => S($"country: {list}", $"pays : {list}");
    public string FilterGroups(string list) => S($"group: {list}", $"groupe : {list}");
    public string FilterKinds(string list) => S($"kind: {list}", $"type : {list}");
    public string FilterMinDeaths(int min) => S($"at least {min} reported deaths", $"au moins {min} morts rapportés");
    public string Or => S("or", "ou");
    public string And => S("and", "et");

    // Posts
    public string NewIncidents(int count) => S($"{count} new incidents", $"{count} nouveaux incidents");
    public string AllSourcesWith(string incidentId) => S($"{incidentId} · all sources: /incident {incidentId}", $"{incidentId} · toutes les sources : /incident {incidentId}");
    public string DigestFooter => S("Details and every source: /incident <id>", "Détails et toutes les sources : /incident <id>");
    public string Corrected => S("Corrected since first posted.", "Corrigé depuis la première publication.");
    public string NoLongerAvailable(string incidentId) => S($"{incidentId} is no longer available.", $"{incidentId} n'est plus disponible.");
}
