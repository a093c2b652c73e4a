using System.Data;
using System.Globalization;

namespace SahelBot.Facts;

/// <summary>Discord snowflakes (ulong) ↔ SQLite INTEGER (a signed 64-bit value; snowflakes stay below 2^63).</summary>
internal sealed class SnowflakeTypeHandler : ValueTypeHandler<ulong>
{
    protected override DbType DbType => DbType.Int64;

    protected override object ToDatabase(ulong value) => checked((long)value);

    protected override ulong FromDatabase(object value) => value switch
    {
        long l => checked((ulong)l),
        _ => Convert.ToUInt64(value, CultureInfo.InvariantCulture),
    };
}
