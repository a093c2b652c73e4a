using Dapper;
using SahelBot.Facts.Tests.Support;

namespace SahelBot.Facts.Tests.Store;

public sealed class TypeHandlerTests : IDisposable
{
    private readonly TempDirectory temp = new();
    private readonly FactStore store;

    public TypeHandlerTests() => store = FactStore.OpenOrCreate(temp.File("handlers.db"));

    public void Dispose() => temp.Dispose();

    [Fact]
    public void DateOnlyIsStoredAsIsoTextAndReadBack()
    {
        using var connection = store.OpenConnection();
        var date = new DateOnly(2019, 12, 10);
        var stored = connection.QuerySingle<(string Type, string Text)>("SELECT typeof(@Value), @Value", new { Value = date });
        var back = connection.QuerySingle<DateOnly>("SELECT @Value", new { Value = date });
        Assert.Equal(("text", "2019-12-10"), stored);
        Assert.Equal(date, back);
    }

    [Fact]
    public void NullableDateOnlyRoundTripsNull()
    {
        using var connection = store.OpenConnection();
        var back = connection.QuerySingle<DateOnly?>("SELECT @Value", new { Value = (DateOnly?)null });
        Assert.Null(back);
    }

    [Fact]
    public void DateTimeOffsetIsStoredAsUtcIsoTextAndReadBack()
    {
        using var connection = store.OpenConnection();
        var at = new DateTimeOffset(2019, 12, 10, 15, 30, 5, TimeSpan.FromHours(1)).AddTicks(1234);
        var stored = connection.QuerySingle<(string Type, string Text)>("SELECT typeof(@Value), @Value", new { Value = at });
        var back = connection.QuerySingle<DateTimeOffset>("SELECT @Value", new { Value = at });
        Assert.Equal(("text", "2019-12-10T14:30:05.0001234Z"), stored);
        Assert.Equal(at, back);
        Assert.Equal(TimeSpan.Zero, back.Offset);
    }

    [Fact]
    public void SnowflakeIsStoredAsIntegerAndReadBack()
    {
        using var connection = store.OpenConnection();
        const ulong guild = 1_234_567_890_123_456_789UL;
        var stored = connection.QuerySingle<(string Type, long Value)>("SELECT typeof(@Value), @Value", new { Value = guild });
        var back = connection.QuerySingle<ulong>("SELECT @Value", new { Value = guild });
        var nullable = connection.QuerySingle<ulong?>("SELECT @Value", new { Value = (ulong?)guild });
        Assert.Equal(("integer", 1_234_567_890_123_456_789L), stored);
        Assert.Equal(guild, back);
        Assert.Equal(guild, nullable);
    }

    [Fact]
    public void StringListIsStoredAsJsonTextAndReadBack()
    {
        using var connection = store.OpenConnection();
        IReadOnlyList<string> forms = ["nigérien", "nigérienne"];
        var stored = connection.QuerySingle<(string Type, string Text)>("SELECT typeof(@Value), @Value", new { Value = forms });
        var back = connection.QuerySingle<IReadOnlyList<string>>("SELECT @Value", new { Value = forms });
        Assert.Equal(("text", "[\"nigérien\",\"nigérienne\"]"), stored);
        Assert.Equal(forms, back);
    }
}
