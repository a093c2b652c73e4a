namespace SahelBot.Facts.Import;

/// <summary>What one batch did, counted into the run only once its transaction has committed.</summary>
internal sealed class BatchTally
{
    public int Inserted { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int Linked { get; set; }
    public long MergedRows { get; set; }
    public long SupersededRows { get; set; }
    public List<string> Added { get; } = [];
}
