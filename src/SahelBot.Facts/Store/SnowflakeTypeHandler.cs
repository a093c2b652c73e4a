using System.Data;
using Dapper;

namespace SahelBot.Facts;

/// <summary>Discord snowflakes (ulong) ↔ SQLite INTEGER (a signed 64-bit value; snowflakes stay below 2^63).</summary>
internal sealed class SnowflakeTypeHandler : SqlMapper.TypeHandler<ulong>
{
    public override void SetValue(IDbDataParameter parameter, ulong value)
    {
        parameter.DbType = DbType.Int64;
        parameter.Value = checked((long)value);
    }

    public override ulong Parse(object value) => value switch
    {
        long l => checked((ulong)l),
        _ => Convert.ToUInt64(value, System.Globalization.CultureInfo.InvariantCulture),
    };
}
