using System.Data;
using Dapper;

namespace SahelBot.Facts;

/// <summary>DateTimeOffset ↔ ISO 8601 UTC TEXT ('2019-12-10T14:30:00.0000000Z'), sortable as text.</summary>
internal sealed class DateTimeOffsetTypeHandler : SqlMapper.TypeHandler<DateTimeOffset>
{
    public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
    {
        parameter.DbType = DbType.String;
        parameter.Value = IsoText.Timestamp(value);
    }

    public override DateTimeOffset Parse(object value) => IsoText.ParseTimestamp((string)value);
}
