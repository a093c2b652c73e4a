namespace SahelBot.Facts.Model;

public sealed record GroupDetail(
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Affiliation,
    IReadOnlyList<Country> Countries,
    string? Founded,
    IReadOnlyList<GroupLeader> Leaders,
    string? Summary,
    IReadOnlyList<SourceRef> Sources,
    Provenance Provenance)
{
    public GroupRef ToRef() => new(Id, Name, GroupNames.ShortName(Aliases));
}
