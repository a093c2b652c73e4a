using System.Data;

namespace SahelBot.Facts;

/// <summary>DateTimeOffset ↔ ISO 8601 UTC TEXT ('2019-12-10T14:30:00.0000000Z'), sortable as text.</summary>
internal sealed class DateTimeOffsetTypeHandler : ValueTypeHandler<DateTimeOffset>
{
    protected override DbType DbType => DbType.String;

    protected override object ToDatabase(DateTimeOffset value) => IsoText.Timestamp(value);

    protected override DateTimeOffset FromDatabase(object value) => IsoText.ParseTimestamp((string)value);
}
