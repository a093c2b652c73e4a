using System.Data;
using Dapper;

namespace SahelBot.Facts;

/// <summary>String lists ↔ JSON array TEXT (used for the French demonym forms of a country).</summary>
internal sealed class StringListTypeHandler : SqlMapper.TypeHandler<IReadOnlyList<string>>
{
    public override void SetValue(IDbDataParameter parameter, IReadOnlyList<string>? value)
    {
        parameter.DbType = DbType.String;
        parameter.Value = JsonText.Serialize(value ?? []);
    }

    public override IReadOnlyList<string> Parse(object value) => JsonText.ParseList((string)value);
}
