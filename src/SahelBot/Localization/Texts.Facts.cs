namespace SahelBot.Localization;

/// <summary>Names of the fact store's categories and the labels of incident, group and deployment embeds.</summary>
public sealed partial class Texts
{
    public string Kind(string kind) => !IsFrench ? Capitalize(kind) : kind switch
    {
        "attack on military" => "Attaque contre l'armée",
        "attack on civilians" => "Attaque contre des civils",
        "ambush" => "Embuscade",
        "IED" => "Engin explosif improvisé",
        "suicide bombing" => "Attentat-suicide",
        "massacre" => "Massacre",
        "kidnapping" => "Enlèvement",
        "clash" => "Affrontement",
        "airstrike" => "Frappe aérienne",
        "coup" => "Coup d'État",
        "other" => "Autre",
        _ => Capitalize(kind),
    };

    public string Target(string target) => !IsFrench ? target : target switch
    {
        "military" => "armée",
        "civilians" => "civils",
        "UN peacekeepers" => "Casques bleus de l'ONU",
        "foreign forces" => "forces étrangères",
        "mixed" => "mixte",
        "other" => "autre",
        _ => target,
    };

    public string Affiliation(string affiliation) => !IsFrench ? affiliation : affiliation switch
    {
        "al-Qaeda" => "al-Qaïda",
        "Islamic State" => "État islamique",
        "separatist" => "séparatiste",
        "militia" => "milice",
        "state-backed" => "soutenu par l'État",
        "other" => "autre",
        _ => affiliation,
    };

    public string DeploymentKind(string kind) => !IsFrench ? kind : kind switch
    {
        "national military operation" => "opération militaire nationale",
        "UN peacekeeping" => "maintien de la paix de l'ONU",
        "regional force" => "force régionale",
        "EU mission" => "mission de l'UE",
        "private military/paramilitary" => "force militaire privée / paramilitaire",
        "bilateral" => "coopération bilatérale",
        _ => kind,
    };

    // /attacks
    public string AttacksTitle(string country) => S($"Incidents in {country}", $"Incidents : {country}");
    public string AttacksFooter(int total) => S($"{total} incidents match · figures as reported by the cited sources", $"{total} incidents correspondent · chiffres tels que rapportés par les sources citées");
    public string DeadliestInSelection => S("Deadliest reported in this selection", "Les plus meurtriers rapportés dans cette sélection");
    public string NoIncidents => S("No incident in the fact store matches these filters.", "Aucun incident de la base ne correspond à ces filtres.");
    public string Filters => S("Filters", "Filtres");
    public string Since => S("since", "depuis");
    public string Until => S("until", "jusqu'au");
    public string MinDeaths => S("min. deaths", "morts min.");
    public string Group => S("group", "groupe");

    // Incident fields
    public string Date => S("Date", "Date");
    public string Place => S("Place", "Lieu");
    public string KindAndTarget => S("Kind · target", "Type · cible");
    public string Deaths => S("Deaths (reported)", "Morts (rapportés)");
    public string DeathsShort => S("deaths", "morts");
    public string Military => S("military", "militaires");
    public string Civilian => S("civilians", "civils");
    public string Militants => S("attackers (as claimed)", "assaillants (selon les revendications)");
    public string Total => S("total", "total");
    public string Injured => S("Injured (reported)", "Blessés (rapportés)");
    public string Missing => S("Missing (reported)", "Disparus (rapportés)");
    public string AttributedTo => S("Attributed to", "Attribué à");
    public string ClaimedBy => S("Claimed by", "Revendiqué par");
    public string NoClaim => S("no claim reported", "aucune revendication rapportée");
    public string NoAttribution => S("not attributed", "non attribué");
    public string AlsoKnownAs => S("also written", "aussi écrit");
    public string Coordinates => S("coordinates", "coordonnées");
    public string Retracted(string reason) => S($"Retracted: {reason}", $"Retiré : {reason}");
    public string SourcesFor(string factId) => S($"Sources for {factId}", $"Sources de {factId}");
    public string DatePrecisionNote(string precision) => precision switch
    {
        "Month" => S(" (month only)", " (mois seulement)"),
        "Year" => S(" (year only)", " (année seulement)"),
        _ => "",
    };

    // /group
    public string Aliases => S("Also known as", "Aussi appelé");
    public string AffiliationLabel => S("Affiliation", "Affiliation");
    public string Founded => S("Founded", "Fondé");
    public string ActiveIn => S("Active in", "Actif au/en");
    public string Leaders => S("Leaders", "Chefs");
    public string Present => S("present", "aujourd'hui");
    public string RecentIncidents => S("Recent attributed or claimed incidents", "Incidents récents attribués ou revendiqués");

    // /deployments
    public string DeploymentsTitle(string? country, string date) => country is null
        ? S($"International forces present on {date}", $"Forces internationales présentes le {date}")
        : S($"International forces in {country} on {date}", $"Forces internationales — {country}, le {date}");
    public string NoDeployments => S("No deployment in the fact store was present then.", "Aucun déploiement de la base n'était présent à cette date.");
    public string Contributors => S("Contributors", "Contributeurs");
    public string Hosts => S("Host countries", "Pays hôtes");
    public string Period => S("Period", "Période");
    public string Strength => S("Strength", "Effectifs");
    public string TroopsAsOf(string troops, string asOf) => S($"{troops} troops as of {asOf}", $"{troops} militaires au {asOf}");
    public string NoStrength => S("no figure reported for that date", "aucun chiffre rapporté pour cette date");
    public string Ongoing => S("ongoing", "en cours");

    // /ask
    public string AskTitle(string question) => S($"What the sources say: {question}", $"Ce que disent les sources : {question}");
    public string AskNothing => S("Nothing in the fact store answers that. Try a place, a group or a country name.", "Rien dans la base ne répond à cette question. Essayez un lieu, un groupe ou un pays.");
    public string AskFooter => S("Best-matching facts, each with its sources; the bot does not write answers of its own.", "Faits les plus proches, chacun avec ses sources ; le bot ne rédige pas de réponse.");
    public string SeeCommand(string command) => S($"see {command}", $"voir {command}");

    // /about
    public string AboutTitle => S("About SahelBot", "À propos de SahelBot");
    public string AboutDescription => S(
        "SahelBot answers questions about security in the Sahel from a curated fact store. Every fact cites the articles it comes from; where sources disagree on a figure the bot shows the range and every source; nothing is invented. Figures are as reported, often early and partial.",
        "SahelBot répond aux questions sur la sécurité au Sahel à partir d'une base de faits vérifiés. Chaque fait cite les articles dont il provient ; quand les sources divergent sur un chiffre, le bot montre l'écart et toutes les sources ; rien n'est inventé. Les chiffres sont ceux rapportés, souvent provisoires.");
    public string Counts => S("In the store", "Dans la base");
    public string CountsLine(int incidents, int groups, int deployments, int sources) => S(
        $"{incidents} incidents · {groups} armed groups · {deployments} deployments · {sources} sources",
        $"{incidents} incidents · {groups} groupes armés · {deployments} déploiements · {sources} sources");
    public string Coverage => S("Coverage by country", "Couverture par pays");
    public string CoverageLine(string country, int count, string first, string last) => S(
        $"{country}: {count} incidents, {first} – {last}", $"{country} : {count} incidents, {first} – {last}");
    public string HowSourced => S("How facts are sourced", "Origine des faits");
    public string HowSourcedText => S(
        "Curated records are written from news agencies, regional media, monitors and official statements, each linked. Moderators add and correct facts with a source; every change is audited. Imported ACLED or UCDP rows name their dataset.",
        "Les fiches sont rédigées d'après des agences de presse, des médias régionaux, des observatoires et des déclarations officielles, toutes liées. Les modérateurs ajoutent et corrigent des faits avec une source ; chaque changement est tracé. Les lignes importées d'ACLED ou d'UCDP citent leur jeu de données.");

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
