using System.Globalization;
using CsvHelper;

namespace SahelBot.Facts.Import;

/// <summary>Typed access to the current CSV record by column name; an empty field, or 'NA' in a number column, is null.</summary>
internal sealed class RowFields(CsvReader reader, ColumnMap columns)
{
    public ColumnMap Columns => columns;

    public string? Text(string column)
    {
        var index = columns[column];
        if (index < 0 || index >= reader.FieldCount)
        {
            return null;
        }

        var value = reader.GetString(index);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>An integer field; false (with a reason) when the field holds something else.</summary>
    public bool TryInt(string column, out int? value, out string? error)
    {
        error = null;
        value = null;
        var text = Text(column);
        if (text is null || text.Equals("NA", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            value = number;
            return true;
        }

        // R and spreadsheets write whole numbers as 12.0 or 1.2e3.
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && real == Math.Floor(real) && Math.Abs(real) < int.MaxValue)
        {
            value = (int)real;
            return true;
        }

        error = $"{column} '{text}' is not a whole number";
        return false;
    }

    public bool TryLong(string column, out long? value, out string? error)
    {
        error = null;
        value = null;
        var text = Text(column);
        if (text is null || text.Equals("NA", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            value = number;
            return true;
        }

        error = $"{column} '{text}' is not a whole number";
        return false;
    }

    public bool TryDouble(string column, double min, double max, out double? value, out string? error)
    {
        error = null;
        value = null;
        var text = Text(column);
        if (text is null || text.Equals("NA", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            value = number;
            return true;
        }

        error = $"{column} '{text}' is not a number between {min} and {max}";
        return false;
    }
}
