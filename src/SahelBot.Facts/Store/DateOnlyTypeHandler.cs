using System.Data;

namespace SahelBot.Facts;

/// <summary>DateOnly ↔ ISO 'yyyy-MM-dd' TEXT, so dates sort and compare as text in SQL.</summary>
internal sealed class DateOnlyTypeHandler : ValueTypeHandler<DateOnly>
{
    protected override DbType DbType => DbType.String;

    protected override object ToDatabase(DateOnly value) => IsoText.Date(value);

    protected override DateOnly FromDatabase(object value) => IsoText.ParseDate((string)value);
}
