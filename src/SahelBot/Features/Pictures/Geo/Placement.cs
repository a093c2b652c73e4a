namespace SahelBot.Features.Pictures.Geo;

/// <summary>How an incident got its point on the map.</summary>
public enum Placement
{
    /// <summary>Coordinates stored with the incident.</summary>
    Stored,

    /// <summary>A gazetteer town named by the place, an alias or the summary ("near Bankass"): approximate.</summary>
    Town,

    /// <summary>The incident's region (its town of the same name, or the middle of its towns): approximate.</summary>
    Region,

    /// <summary>Nothing matched; the incident is listed under the map instead.</summary>
    None,
}
