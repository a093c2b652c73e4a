namespace SahelBot.Facts.Queries.Rows;

internal sealed class SearchRow
{
    public long DocId { get; set; }
    public string Kind { get; set; } = "";
    public string Id { get; set; } = "";
    public double Relevance { get; set; }
    public string Title { get; set; } = "";
    public long SourceCount { get; set; }
    public long Deaths { get; set; }
    public string Name { get; set; } = "";
    public string AliasesJson { get; set; } = "[]";
    public string Body { get; set; } = "";
}
