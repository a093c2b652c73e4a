using SahelBot.Facts.Model;

namespace SahelBot.Facts.Queries.Rows;

internal sealed class SourceRow
{
    public string OwnerId { get; set; } = "";
    public long Number { get; set; }
    public string Id { get; set; } = "";
    public string? Url { get; set; }
    public string Title { get; set; } = "";
    public string? Publisher { get; set; }
    public DateOnly? Published { get; set; }

    public SourceRef ToModel() => new((int)Number, Id, Url, Title, Publisher, Published);
}
