namespace SahelBot.Facts.Import;

/// <summary>The conflict-event datasets the importer reads.</summary>
public enum ConflictDataset
{
    Acled,
    Ucdp,
}
