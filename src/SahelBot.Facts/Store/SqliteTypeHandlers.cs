using Dapper;

namespace SahelBot.Facts;

/// <summary>
/// Registers Dapper's explicit type handlers once per process. Dapper's own mapping of these types
/// changed between versions (DateOnly support was added then disabled), so the store never relies on it.
/// </summary>
internal static class SqliteTypeHandlers
{
    private static int registered;

    public static void EnsureRegistered()
    {
        if (Interlocked.Exchange(ref registered, 1) == 1)
        {
            return;
        }

        // A type still in Dapper's built-in map is bound as that DbType and never reaches the handler.
        SqlMapper.RemoveTypeMap(typeof(DateOnly));
        SqlMapper.RemoveTypeMap(typeof(DateOnly?));
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset));
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset?));
        SqlMapper.RemoveTypeMap(typeof(ulong));
        SqlMapper.RemoveTypeMap(typeof(ulong?));
        SqlMapper.AddTypeHandler(typeof(DateOnly), new DateOnlyTypeHandler());
        SqlMapper.AddTypeHandler(typeof(DateTimeOffset), new DateTimeOffsetTypeHandler());
        SqlMapper.AddTypeHandler(typeof(ulong), new SnowflakeTypeHandler());
        SqlMapper.AddTypeHandler(typeof(IReadOnlyList<string>), new StringListTypeHandler());
    }
}
