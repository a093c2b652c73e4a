namespace SahelBot.Facts.Import;

/// <summary>Maps the current CSV record of one dataset's export to an event, or says why the row is not taken.</summary>
internal interface IConflictRowMapper
{
    RowOutcome Map(RowFields row, long line);
}
