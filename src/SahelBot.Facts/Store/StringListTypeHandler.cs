using System.Data;

namespace SahelBot.Facts;

/// <summary>String lists ↔ JSON array TEXT (used for the French demonym forms of a country).</summary>
internal sealed class StringListTypeHandler : ValueTypeHandler<IReadOnlyList<string>>
{
    protected override DbType DbType => DbType.String;

    protected override object ToDatabase(IReadOnlyList<string> value) => JsonText.Serialize(value);

    protected override IReadOnlyList<string> FromDatabase(object value) => JsonText.ParseList((string)value);
}
