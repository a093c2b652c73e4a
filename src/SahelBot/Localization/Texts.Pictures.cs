using System.Globalization;

namespace SahelBot.Localization;

/// <summary>Labels, captions and replies of the /trend chart and the /map picture.</summary>
public sealed partial class Texts
{
    // Periods
    public string PerPeriod(string by) => by switch
    {
        "quarter" => S("per quarter", "par trimestre"),
        "year" => S("per year", "par an"),
        _ => S("per month", "par mois"),
    };

    public string PeriodName(string by) => by switch
    {
        "quarter" => S("Quarter", "Trimestre"),
        "year" => S("Year", "Année"),
        _ => S("Month", "Mois"),
    };

    public string QuarterLabel(int quarter, int year) => S($"Q{quarter} {year}", $"T{quarter} {year}");

    // /trend picture
    public string TrendTitle(string country, string by) => S(
        $"{country}: incidents and reported deaths {PerPeriod(by)}",
        $"{country} : incidents et morts rapportés {PerPeriod(by)}");
    public string TrendSubtitle => S(
        "Bars: incidents, coloured by the affiliation of the group blamed (or, failing that, claiming)",
        "Barres : incidents, colorés selon l'affiliation du groupe désigné (à défaut, revendiquant)");
    public string IncidentsAxis => S("Incidents", "Incidents");
    public string DeathsAxis => S("Deaths reported", "Morts rapportés");
    public string DeathsLowest => S("lowest reported figure", "chiffre le plus bas rapporté");
    public string DeathsRange => S("range up to the highest reported", "écart jusqu'au plus haut rapporté");
    public string NoGroupNamed => S("no group named", "aucun groupe désigné");
    public string AffiliationName(string? affiliation) => affiliation is null ? NoGroupNamed : Affiliation(affiliation);

    // /map picture
    public string MapTitle(string country) => S($"{country}: incidents by kind", $"{country} : incidents par type");
    public string MapSubtitle => S(
        "One point per place and kind, its area the deadliest incident's reported toll · dashed ring: placed approximately from the place name",
        "Un point par lieu et par type, de surface selon le bilan de l'incident le plus meurtrier · cercle pointillé : placé approximativement d'après le lieu");
    public string LegendKind => S("Kind of incident", "Type d'incident");
    public string LegendDeaths => S("Deaths reported", "Morts rapportés");
    public string LegendPlacement => S("Placement", "Placement");
    public string PlacedByCoordinates => S("stored coordinates", "coordonnées enregistrées");
    public string PlacedByTown => S("approx.: a town named", "approx. : localité nommée");
    public string PlacedByRegion => S("approx.: the region", "approx. : la région");
    public string NearTown(string place, string town) => S($"{place} (near {town})", $"{place} (près de {town})");
    public string DeathsNotReported => S("not reported", "non rapporté");
    public string NotPlaced(int count) => S($"Not placed ({count}):", $"Non placés ({count}) :");
    public string NotPlacedField => S("Not placed on the map", "Non placés sur la carte");
    public string MapCredits => S(
        "Outlines: Natural Earth (public domain) · towns: GeoNames (CC BY 4.0)",
        "Contours : Natural Earth (domaine public) · localités : GeoNames (CC BY 4.0)");
    public string PlacementLine(int exact, int approximate, int unplaced) => S(
        $"{exact} at stored coordinates, {approximate} placed approximately from the place name, {unplaced} not placed",
        $"{exact} aux coordonnées enregistrées, {approximate} placés approximativement d'après le nom du lieu, {unplaced} non placés");

    // Captions (both pictures)
    public string CaptionPeriod(string from, string to, int incidents, string deaths) => S(
        $"Period: {from} – {to} · {Count(incidents)} incidents · {deaths} deaths reported",
        $"Période : {from} – {to} · {Count(incidents)} incidents · {deaths} morts rapportés");
    public string CaptionSources(int sources, int publishers, string mostCited) => S(
        $"Sources: {Count(sources)} articles from {Count(publishers)} publishers; most cited: {mostCited}",
        $"Sources : {Count(sources)} articles de {Count(publishers)} éditeurs ; les plus cités : {mostCited}");
    public string CaptionCoverage(string origins, string country, string first, string last) => S(
        $"Coverage: SahelBot fact store ({origins}); {country} records run {first} – {last}. Reported incidents, not a complete count.",
        $"Couverture : base de faits SahelBot ({origins}) ; fiches {country} du {first} au {last}. Incidents rapportés, pas un décompte exhaustif.");
    public string Origin(string origin, int count) => origin switch
    {
        "curated" => S($"{Count(count)} curated records", $"{Count(count)} fiches vérifiées"),
        "acled" => S($"{Count(count)} ACLED rows", $"{Count(count)} lignes ACLED"),
        "ucdp" => S($"{Count(count)} UCDP GED rows", $"{Count(count)} lignes UCDP GED"),
        "moderator" => S($"{Count(count)} moderator additions", $"{Count(count)} ajouts de modérateurs"),
        "synthetic" => S($"{Count(count)} synthetic benchmark rows", $"{Count(count)} lignes synthétiques de test"),
        _ => $"{Count(count)} {origin}",
    };

    // Replies
    public string PictureTotals(int incidents, string deaths, string from, string to) => S(
        $"**{Count(incidents)} incidents** from {from} to {to}; **{deaths} deaths** reported (from the lowest to the highest figure the sources give).",
        $"**{Count(incidents)} incidents** de {from} à {to} ; **{deaths} morts** rapportés (du chiffre le plus bas au plus haut donné par les sources).");
    public string Deadliest => S("Deadliest", "Les plus meurtriers");
    public string SourcesBehind => S("Sources behind these figures", "Sources de ces chiffres");
    public string PublishersLine(int sources, int publishers, string mostCited) => S(
        $"{Count(sources)} articles from {Count(publishers)} publishers. Most cited: {mostCited}",
        $"{Count(sources)} articles de {Count(publishers)} éditeurs. Les plus cités : {mostCited}");
    public string PictureFooter => S(
        "Figures as reported by the cited sources; a curated selection, not a complete count.",
        "Chiffres tels que rapportés par les sources citées ; une sélection, pas un décompte exhaustif.");
    public string NothingToDraw => S(
        "No incident in the fact store matches these filters, so there is nothing to draw. Try a longer period or no group filter.",
        "Aucun incident de la base ne correspond à ces filtres : il n'y a rien à dessiner. Essayez une période plus longue ou sans filtre de groupe.");
    public string UnknownPeriod(string by) => S($"Unknown period “{by}”: use month, quarter or year.", $"Période inconnue « {by} » : utilisez mois, trimestre ou année.");
    public string TrendImageDescription(string country, string from, string to) => S(
        $"Chart of incidents and reported deaths in {country}, {from} – {to}",
        $"Graphique des incidents et des morts rapportés, {country}, {from} – {to}");
    public string MapImageDescription(string country, string from, string to) => S(
        $"Map of incidents in {country}, {from} – {to}",
        $"Carte des incidents, {country}, {from} – {to}");

    /// <summary>A whole number grouped the reader's way: "12,345" in English, "12 345" (narrow no-break space) in French.</summary>
    public string Count(int value) => value.ToString("#,0", CultureInfo.InvariantCulture).Replace(",", IsFrench ? "\u202F" : ",", StringComparison.Ordinal);
}
