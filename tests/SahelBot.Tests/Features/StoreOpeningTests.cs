using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SahelBot.Facts;
using SahelBot.Hosting;
using SahelBot.Tests.Support;

namespace SahelBot.Tests.Features;

public class StoreOpeningTests
{
    [Fact]
    public void AStoreLeftAtAnOlderSchemaIsMigratedWhenTheBotOpensIt()
    {
        using var temp = new TempStore();
        var path = Path.Combine(temp.Folder, "old.db");
        using (var create = new SqliteConnection($"Data Source={path};Mode=ReadWriteCreate;Pooling=False"))
        {
            create.Open();
        }

        new FactStore(path).Migrate(1);
        Assert.Equal(1, new FactStore(path).SchemaVersion());

        using var services = new ServiceCollection().AddLogging().AddSahelBot(path).BuildServiceProvider();
        var store = services.GetRequiredService<FactStore>();

        Assert.Equal(FactStore.LatestSchemaVersion, store.SchemaVersion());
    }

    [Fact]
    public void OpeningTheShippedStoreLeavesItsBytesUnchanged()
    {
        using var temp = new TempStore();
        var before = File.ReadAllBytes(temp.Path);

        using (var services = new ServiceCollection().AddLogging().AddSahelBot(temp.Path).BuildServiceProvider())
        {
            services.GetRequiredService<FactStore>();
        }

        SqliteConnection.ClearAllPools();
        Assert.Equal(before, File.ReadAllBytes(temp.Path));
    }
}
