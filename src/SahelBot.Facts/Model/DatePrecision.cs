namespace SahelBot.Facts.Model;

/// <summary>How precisely an incident's date is known; a less precise date is stored as the period's first day.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
}
