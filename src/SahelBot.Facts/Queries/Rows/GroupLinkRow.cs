using SahelBot.Facts.Model;

namespace SahelBot.Facts.Queries.Rows;

internal sealed class GroupLinkRow
{
    public string OwnerId { get; set; } = "";
    public string Role { get; set; } = "";
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string AliasesJson { get; set; } = "[]";

    public GroupRef ToModel() => new(Id, Name, GroupNames.ShortName(JsonText.ParseList(AliasesJson)));
}
