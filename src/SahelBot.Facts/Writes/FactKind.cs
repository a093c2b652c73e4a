namespace SahelBot.Facts.Writes;

/// <summary>The entities moderators change; the id prefix tells them apart.</summary>
public enum FactKind
{
    Incident,
    Group,
    Deployment,
}
