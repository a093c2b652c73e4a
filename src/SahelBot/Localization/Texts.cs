namespace SahelBot.Localization;

/// <summary>
/// Every sentence the bot says, in English and French side by side so a translator reviews them together.
/// Discord sends the reader's client language as <c>locale</c>; any French variant gets French.
/// </summary>
public sealed partial class Texts
{
    public static readonly Texts English = new(french: false);
    public static readonly Texts French = new(french: true);

    private Texts(bool french) => IsFrench = french;

    public bool IsFrench { get; }

    public string Locale => IsFrench ? "fr" : "en-US";

    public static Texts For(string? locale) =>
        locale is not null && locale.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? French : English;

    private string S(string english, string french) => IsFrench ? french : english;

    // Pipeline
    public string UnsupportedInteraction => S("This kind of interaction is not supported.", "Ce type d'interaction n'est pas pris en charge.");
    public string InternalError => S("Something went wrong on our side; the error was logged. Please try again.", "Une erreur s'est produite de notre côté ; elle a été enregistrée. Réessayez.");
    public string StaleComponent => S("This button is no longer valid. Run the command again.", "Ce bouton n'est plus valide. Relancez la commande.");
    public string UnknownCommand(string name) => S($"Unknown command `/{name}`.", $"Commande inconnue `/{name}`.");
    public string NotANumber(string option) => S($"`{option}` must be a whole number.", $"`{option}` doit être un nombre entier.");
    public string Required(string option) => S($"`{option}` is required.", $"`{option}` est obligatoire.");
    public string OutOfRange(string option, long min, long max) => S($"`{option}` must be between {min} and {max}.", $"`{option}` doit être compris entre {min} et {max}.");
    public string DidYouMean(IEnumerable<string> names)
    {
        var list = string.Join(", ", names);
        return list.Length == 0 ? "" : S($" Did you mean: {list}?", $" Vouliez-vous dire : {list} ?");
    }

    public string UnknownCountry(string text) => S($"Unknown country “{text}”.", $"Pays inconnu « {text} ».");
    public string UnknownGroup(string text) => S($"Unknown group “{text}”.", $"Groupe inconnu « {text} ».");
    public string UnknownIncident(string text) => S($"No incident with id “{text}”.", $"Aucun incident avec l'identifiant « {text} ».");
    public string BadDate(string option, string error) => S($"`{option}`: {error}", $"`{option}` : {error}");
    public string UnknownKind(string kind) => S($"Unknown kind “{kind}”.", $"Type inconnu « {kind} ».");
    public string SinceAfterUntil => S("`since` is after `until`.", "`since` est postérieur à `until`.");

    // Shared labels
    public string Sources => S("Sources", "Sources");
    public string NoLink => S("no link", "sans lien");
    public string AndMore(int count) => S($"+{count} more", $"+{count} autres");
    public string More => S("more", "suite");
    public string Reported => S("reported", "rapporté");
    public string Unknown => S("not reported", "non rapporté");
    public string SourcesDisagree => S("sources disagree", "les sources divergent");
    public string Previous => S("Previous", "Précédent");
    public string Next => S("Next", "Suivant");
    public string PageOf(int page, int pages) => S($"Page {page}/{pages}", $"Page {page}/{pages}");
    public string ServerOnlyLabel => S("Added by this server's moderators; not yet reviewed by the curators.", "Ajouté par les modérateurs de ce serveur ; pas encore relu par les curateurs.");
}
