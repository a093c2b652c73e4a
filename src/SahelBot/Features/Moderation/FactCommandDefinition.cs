using System.Globalization;
using SahelBot.Discord.Models;
using SahelBot.Discord.Permissions;
using SahelBot.Facts.Curated;
using SahelBot.Facts.Writes;
using SahelBot.Features.Common;
using SahelBot.Localization;

namespace SahelBot.Features.Moderation;

/// <summary>The <c>/fact</c> command: server-only, Manage Messages by default, French beside English.</summary>
public static class FactCommandDefinition
{
    public static ApplicationCommand Build() => new()
    {
        Name = "fact",
        Description = "Moderators: add, correct, retract and review the bot's facts, always with a source",
        Type = 1,
        NameLocalizations = Definitions.French("fait"),
        DescriptionLocalizations = Definitions.French("Modérateurs : ajouter, corriger, retirer et consulter les faits du bot, toujours sourcés"),
        DefaultMemberPermissions = DiscordPermissions.ManageMessages.ToString(CultureInfo.InvariantCulture),
        IntegrationTypes = [0],
        Contexts = [0],
        Options =
        [
            new ApplicationCommandOption
            {
                Type = ApplicationCommandOptionType.SubCommandGroup,
                Name = "add",
                Description = "Add an incident, an armed group or a troop figure",
                NameLocalizations = Definitions.French("ajouter"),
                DescriptionLocalizations = Definitions.French("Ajouter un incident, un groupe armé ou un effectif"),
                Options = [AddIncident(), AddGroup(), AddStrength()],
            },
            Sub("source", "Add a source to an incident, group or deployment", "source", "Ajouter une source à un incident, un groupe ou un déploiement",
                Id(), Url("url", "url", required: true)),
            Sub("edit", "Correct one field; the new value must cite a source", "corriger", "Corriger un champ ; la nouvelle valeur doit citer une source",
                Id(),
                Definitions.String("field", "Field to correct", "champ", "Champ à corriger", required: true, choices: EditableFields.All.Keys.Select(f => ApplicationCommandOptionChoice.String(f, f)).ToList()),
                Definitions.String("value", "New value (none or - clears; groups: names or ids, comma-separated)", "valeur", "Nouvelle valeur (none ou - efface ; groupes : noms ou ids séparés par des virgules)", required: true, maxLength: FactLimits.Summary),
                Url("source_url", "url_source", required: true),
                Definitions.Integer("version", "The version you read (refused if the fact changed since)", "version", "La version que vous avez lue (refusé si le fait a changé depuis)", 1, 1_000_000)),
            Sub("retract", "Hide a wrong fact from lists, totals and /ask, with the reason", "retirer", "Masquer un fait erroné des listes, totaux et /question, avec le motif",
                Id(), Definitions.String("reason", "Why it is retracted", "motif", "Pourquoi il est retiré", required: true, maxLength: FactLimits.Reason)),
            Sub("restore", "Undo a retraction", "retablir", "Annuler un retrait", Id()),
            Sub("adopt", "Curator servers: publish a server's fact for every server", "adopter", "Serveurs curateurs : publier pour tous le fait d'un serveur", Id()),
            Sub("history", "Every change to a fact: who, where, when, old and new value, source, reason", "historique", "Chaque modification d'un fait : qui, où, quand, ancienne et nouvelle valeur, source, motif", Id()),
        ],
    };

    private static ApplicationCommandOption AddIncident() => Sub(
        "incident", "Add an incident with its source; a form asks for the summary", "incident", "Ajouter un incident avec sa source ; un formulaire demande le résumé",
        SharedOptions.Country(required: true),
        Definitions.String("date", "Date: 2024-05-17, or 2024-05 / 2024 when only that is known", "date", "Date : 2024-05-17, ou 2024-05 / 2024 si seul cela est connu", required: true, maxLength: 10),
        Definitions.String("place", "Town or village", "lieu", "Ville ou village", required: true, maxLength: FactLimits.Place),
        Definitions.String("kind", "Kind of incident", "type", "Type d'incident", required: true, choices: CuratedVocabulary.IncidentKinds.Select(KindChoice).ToList()),
        Url("source_url", "url_source", required: true),
        Definitions.Integer("deaths_min", "Lowest reported death toll (not counting attackers)", "morts_min", "Bilan le plus bas rapporté (hors assaillants)", 0, FactLimits.Deaths),
        Definitions.Integer("deaths_max", "Highest reported death toll, when sources disagree", "morts_max", "Bilan le plus haut rapporté, si les sources divergent", 0, FactLimits.Deaths),
        SharedOptions.Group(required: false),
        Definitions.String("claimed_by", "Group that claimed it", "revendique_par", "Groupe qui l'a revendiqué", autocomplete: true, maxLength: 100));

    private static ApplicationCommandOption AddGroup() => Sub(
        "group", "Add an armed group with its source", "groupe", "Ajouter un groupe armé avec sa source",
        Definitions.String("name", "Full name", "nom", "Nom complet", required: true, maxLength: FactLimits.GroupName),
        Url("source_url", "url_source", required: true),
        Definitions.String("aliases", "Other names, comma-separated (short name first: JNIM)", "alias", "Autres noms, séparés par des virgules (sigle d'abord : GSIM)", maxLength: 500),
        Definitions.String("affiliation", "Affiliation", "affiliation", "Affiliation", choices: CuratedVocabulary.GroupAffiliations.Select(a => ApplicationCommandOptionChoice.String(a, a)).ToList()),
        Definitions.String("countries", "Countries it is active in, comma-separated", "pays", "Pays où il est actif, séparés par des virgules", maxLength: 300),
        Definitions.String("founded", "Founded: 2017-03-02, 2017-03 or 2017", "fondation", "Fondé : 2017-03-02, 2017-03 ou 2017", maxLength: 10),
        Definitions.String("summary", "Short description, in your own words", "resume", "Courte description, avec vos propres mots", maxLength: FactLimits.Summary));

    private static ApplicationCommandOption AddStrength() => Sub(
        "strength", "Add a deployment's troop figure as of a date, with its source", "effectif", "Ajouter l'effectif d'un déploiement à une date, avec sa source",
        Definitions.String("deployment", "Deployment id (dep-002)", "deploiement", "Identifiant du déploiement (dep-002)", required: true, maxLength: 40),
        Definitions.String("as_of", "As of: 2024-05-17, 2024-05 or 2024", "date", "À la date : 2024-05-17, 2024-05 ou 2024", required: true, maxLength: 10),
        Definitions.Integer("troops", "Number of troops", "troupes", "Nombre de soldats", 0, FactLimits.Troops, required: true),
        Url("source_url", "url_source", required: true));

    private static ApplicationCommandOption Id() =>
        Definitions.String("id", "Fact id (inc-001, grp-001, dep-001) or start typing a place", "id", "Identifiant (inc-001, grp-001, dep-001) ou début d'un lieu", required: true, autocomplete: true, maxLength: 40);

    private static ApplicationCommandOption Url(string name, string nameFr, bool required) =>
        Definitions.String(name, "Source address (http or https)", nameFr, "Adresse de la source (http ou https)", required, maxLength: FactLimits.Url);

    private static ApplicationCommandOption Sub(string name, string description, string nameFr, string descriptionFr, params ApplicationCommandOption[] options) => new()
    {
        Type = ApplicationCommandOptionType.SubCommand,
        Name = name,
        Description = description,
        NameLocalizations = Definitions.French(nameFr),
        DescriptionLocalizations = Definitions.French(descriptionFr),
        Options = options,
    };

    private static ApplicationCommandOptionChoice KindChoice(string kind) => new()
    {
        Name = Texts.English.Kind(kind),
        NameLocalizations = Definitions.French(Texts.French.Kind(kind)),
        Value = ApplicationCommandOptionChoice.String(kind, kind).Value,
    };
}
