using SahelBot.Facts.Writes;
using SahelBot.Formatting;

namespace SahelBot.Localization;

public sealed partial class Texts
{
    // Who may write
    public string FactDmRefused => S("Fact commands work in a server only, not in direct messages. Nothing was changed.", "Les commandes de faits ne fonctionnent que dans un serveur, pas en message privé. Rien n'a été modifié.");
    public string NotAModerator => S("Only this server's moderators (Manage Messages, or a moderator role the bot's operator configured) can change facts. Nothing was changed.", "Seuls les modérateurs de ce serveur (Gérer les messages, ou un rôle de modérateur configuré par l'opérateur du bot) peuvent modifier les faits. Rien n'a été modifié.");

    // Receipts
    public string FactStored(string id, int version) => S($"Stored {id} (version {version})", $"{id} enregistré (version {version})");
    public string FactUpdated(string id, int version) => S($"Updated {id}, now version {version}", $"{id} mis à jour, version {version}");
    public string FactRetractedReceipt(string id) => S($"Retracted {id}: it no longer appears in lists, totals, /ask or suggestions; `/incident {id}` shows it as retracted. `/fact restore {id}` undoes this.", $"{id} retiré : il n'apparaît plus dans les listes, les totaux, /question ni les suggestions ; `/incident {id}` l'affiche comme retiré. `/fact restore {id}` annule le retrait.");
    public string FactRestoredReceipt(string id) => S($"Restored {id}: it is listed and counted again.", $"{id} rétabli : il est de nouveau listé et compté.");
    public string FactAdoptedReceipt(string id) => S($"Adopted {id}: every server now sees it.", $"{id} adopté : tous les serveurs le voient désormais.");
    public string SourceAddedReceipt(string id) => S($"Source added to {id}.", $"Source ajoutée à {id}.");
    public string StrengthAddedReceipt(string id, string asOf, int troops) => S($"Troop figure added to {id}: {FactFormat.Number(troops)} as of {asOf}.", $"Effectif ajouté à {id} : {FactFormat.Number(troops)} au {asOf}.");
    public string PublishedForEveryone => S("Published for every server.", "Publié pour tous les serveurs.");
    public string ServerOnlyUntilAdopted(string id) => S($"Only this server sees it until a curator server adopts it (`/fact adopt {id}`).", $"Seul ce serveur le voit jusqu'à ce qu'un serveur curateur l'adopte (`/fact adopt {id}`).");
    public string FieldChanged(string field) => S($"Changed field: {field}", $"Champ modifié : {field}");

    // Add incident: form and duplicates
    public string AddIncidentTitle => S("Add an incident", "Ajouter un incident");
    public string SummaryLabel => S("Summary, in your own words", "Résumé, avec vos propres mots");
    public string SummaryHint => S("What happened, who was hit, what the sources say. Shown as plain text.", "Ce qui s'est passé, qui a été touché, ce que disent les sources. Affiché en texte brut.");
    public string ExtraSourcesLabel => S("More source URLs (optional)", "Autres URL de sources (facultatif)");
    public string ExtraSourcesHint => S("One http(s) address per line, up to 5.", "Une adresse http(s) par ligne, 5 au plus.");
    public string DuplicateTitle => S("This event may already be stored", "Cet événement est peut-être déjà enregistré");
    public string DuplicateBody => S("An incident in the same country, at the same place or one of its other names, within a day, is already stored. Add your sources to it instead of creating a twin?", "Un incident dans le même pays, au même lieu ou sous un autre de ses noms, à un jour près, est déjà enregistré. Ajouter vos sources à cet incident plutôt que créer un doublon ?");
    public string AddSourcesTo(string id) => S($"Add my sources to {id}", $"Ajouter mes sources à {id}");
    public string CreateAnyway => S("Create a new incident anyway", "Créer quand même un nouvel incident");
    public string OnlyCuratorsCanAddTo => S("published: only curator servers can add sources to it", "publié : seuls les serveurs curateurs peuvent y ajouter des sources");

    // History
    public string HistoryTitle(string id) => S($"History of {id}", $"Historique de {id}");
    public string NoHistory => S("No change since the curated data was built.", "Aucune modification depuis la construction des données vérifiées.");
    public string EarlierChanges(int count) => S($"{count} earlier changes not shown.", $"{count} modifications antérieures non affichées.");
    public string HistoryWho(string actor, ulong? guild) => guild is null
        ? S($"by {actor}", $"par {actor}")
        : S($"by user {actor} in server {guild}", $"par l'utilisateur {actor} dans le serveur {guild}");

    public string HistoryReason => S("Reason", "Motif");
    public string HistorySource => S("Source", "Source");
    public string HistoryAction(string action) => action switch
    {
        "add" => S("added", "ajouté"),
        "add-source" => S("source added", "source ajoutée"),
        "add-strength" => S("troop figure added", "effectif ajouté"),
        "update" => S("corrected", "corrigé"),
        "retract" => S("retracted", "retiré"),
        "restore" => S("restored", "rétabli"),
        "adopt" => S("adopted for every server", "adopté pour tous les serveurs"),
        _ => action,
    };

    /// <summary>Why a write was refused, naming the field and the offending value, and that nothing changed.</summary>
    public string WriteRefused(FactWriteError error, string subject, string? detail)
    {
        var field = $"`{subject}`";
        var value = Markdown.Escape(detail ?? "");
        var reason = error switch
        {
            FactWriteError.SourceUrlNotHttp => S($"{field} must be a full http:// or https:// address (got “{value}”).", $"{field} doit être une adresse http:// ou https:// complète (reçu « {value} »)."),
            FactWriteError.SourceUrlTooLong => S($"{field} is longer than {value} characters, the most Discord allows.", $"{field} dépasse {value} caractères, le maximum permis par Discord."),
            FactWriteError.TooManySources => S($"At most {value} extra sources at once.", $"Au plus {value} sources supplémentaires à la fois."),
            FactWriteError.SourceAlreadyCited => S($"{subject} already cites {value}.", $"{subject} cite déjà {value}."),
            FactWriteError.BadDate => S($"{field} must be a date such as 2024-05-17, 2024-05 or 2024 (got “{value}”).", $"{field} doit être une date comme 2024-05-17, 2024-05 ou 2024 (reçu « {value} »)."),
            FactWriteError.DateInFuture => S($"{field} {value} is in the future.", $"{field} {value} est dans le futur."),
            FactWriteError.DateBefore1960 => S($"{field} {value} is before 1960, earlier than the facts this bot covers.", $"{field} {value} est antérieure à 1960, avant la période couverte par ce bot."),
            FactWriteError.UnknownCountry => S($"Unknown country “{value}”.", $"Pays inconnu « {value} »."),
            FactWriteError.PlaceMissing => S($"{field} is required: an incident needs a place.", $"{field} est obligatoire : un incident a besoin d'un lieu."),
            FactWriteError.PlaceCharacters => S($"{field} may hold letters, digits, spaces and - ' . , only (got “{value}”).", $"{field} ne peut contenir que des lettres, chiffres, espaces et - ' . , (reçu « {value} »)."),
            FactWriteError.UnknownKind => S($"Unknown kind “{value}”.", $"Type inconnu « {value} »."),
            FactWriteError.UnknownTarget => S($"Unknown target “{value}” (military, civilians, UN peacekeepers, foreign forces, mixed, other).", $"Cible inconnue « {value} » (military, civilians, UN peacekeepers, foreign forces, mixed, other)."),
            FactWriteError.UnknownAffiliation => S($"Unknown affiliation “{value}”.", $"Affiliation inconnue « {value} »."),
            FactWriteError.UnknownGroup => S($"{field}: unknown group {value}.", $"{field} : groupe inconnu {value}."),
            FactWriteError.GroupFoundedAfterIncident => S($"{field}: the group {value} was founded after the incident's date.", $"{field} : le groupe {value} a été fondé après la date de l'incident."),
            FactWriteError.NegativeNumber => S($"{field} cannot be negative (got {value}).", $"{field} ne peut pas être négatif (reçu {value})."),
            FactWriteError.NumberTooLarge => S($"{field} cannot be above {value}.", $"{field} ne peut pas dépasser {value}."),
            FactWriteError.BadNumber => S($"{field} must be a whole number, or none (got “{value}”).", $"{field} doit être un nombre entier, ou none (reçu « {value} »)."),
            FactWriteError.InvertedRange => S($"The lowest toll is above the highest ({value}).", $"Le bilan le plus bas dépasse le plus haut ({value})."),
            FactWriteError.MinBelowSides => S($"The lowest toll is below the military and civilian deaths together ({value}).", $"Le bilan le plus bas est inférieur aux morts militaires et civils réunis ({value})."),
            FactWriteError.TextTooLong => S($"{field} is too long (at most {value}).", $"{field} est trop long ({value} au plus)."),
            FactWriteError.TextMissing => S($"{field} is required.", $"{field} est obligatoire."),
            FactWriteError.ControlCharacters => S($"{field} contains characters that cannot be stored.", $"{field} contient des caractères qui ne peuvent pas être enregistrés."),
            FactWriteError.UnknownFact => S($"No incident, group or deployment with id “{Markdown.Escape(subject)}”.", $"Aucun incident, groupe ou déploiement avec l'identifiant « {Markdown.Escape(subject)} »."),
            FactWriteError.UnknownField => S($"Unknown field “{Markdown.Escape(subject)}”.", $"Champ inconnu « {Markdown.Escape(subject)} »."),
            FactWriteError.FieldNotApplicable => S($"{field} does not apply to a {value}.", $"{field} ne s'applique pas à ce type de fait ({value})."),
            FactWriteError.VersionConflict => S($"{subject} was changed by someone else since you read it (it is now version {value}). Check `/fact history {subject}` and try again with `version:{value}`.", $"{subject} a été modifié par quelqu'un d'autre depuis votre lecture (version {value}). Consultez `/fact history {subject}` puis réessayez avec `version:{value}`."),
            FactWriteError.PublishedFact => S($"{subject} is published for every server; only moderators of a curator server can change it.", $"{subject} est publié pour tous les serveurs ; seuls les modérateurs d'un serveur curateur peuvent le modifier."),
            FactWriteError.AlreadyRetracted => S($"{subject} is already retracted.", $"{subject} est déjà retiré."),
            FactWriteError.NotRetracted => S($"{subject} is not retracted.", $"{subject} n'est pas retiré."),
            FactWriteError.AlreadyPublished => S($"{subject} is already published for every server.", $"{subject} est déjà publié pour tous les serveurs."),
            FactWriteError.CuratorsOnly => S("Only moderators of a curator server can adopt facts.", "Seuls les modérateurs d'un serveur curateur peuvent adopter des faits."),
            FactWriteError.UsesServerOnlyGroup => S($"{subject} names a group only its server sees; adopt that group first.", $"{subject} cite un groupe que seul son serveur voit ; adoptez d'abord ce groupe."),
            _ => S($"{field} was refused.", $"{field} a été refusé."),
        };
        return reason + S(" Nothing was changed.", " Rien n'a été modifié.");
    }
}
