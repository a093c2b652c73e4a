using Dapper;

namespace SahelBot.Facts;

/// <summary>
/// Registers Dapper's explicit type handlers once per process. Dapper's own mapping of these types
/// changed between versions (DateOnly support was added then disabled), so the store never relies on it.
/// </summary>
internal static class SqliteTypeHandlers
{
    // Lazy (thread-safe by default) so no connection is handed out before every handler is in place.
    private static readonly Lazy<bool> Registration = new(Register);

    public static void EnsureRegistered() => _ = Registration.Value;

    private static bool Register()
    {
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
        return true;
    }
}
