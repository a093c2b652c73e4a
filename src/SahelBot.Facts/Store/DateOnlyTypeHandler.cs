using System.Data;
using Dapper;

namespace SahelBot.Facts;

/// <summary>DateOnly ↔ ISO 'yyyy-MM-dd' TEXT, so dates sort and compare as text in SQL.</summary>
internal sealed class DateOnlyTypeHandler : SqlMapper.TypeHandler<DateOnly>
{
    public override void SetValue(IDbDataParameter parameter, DateOnly value)
    {
        parameter.DbType = DbType.String;
        parameter.Value = IsoText.Date(value);
    }

    public override DateOnly Parse(object value) => IsoText.ParseDate((string)value);
}
