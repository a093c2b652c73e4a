using SahelBot.Facts.Curated;

namespace SahelBot.Facts.Tests.Support;

/// <summary>One fresh build of data/curated per test class, for tests that only read.</summary>
public sealed class CuratedStoreFixture : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory directory = new();

    public FactStore Store { get; private set; } = null!;

    public string DatabasePath => directory.File("facts.db");

    public async Task InitializeAsync()
    {
        await CuratedDataBuilder.BuildAsync(RepoPaths.CuratedData, DatabasePath);
        Store = new FactStore(DatabasePath);
    }

    /// <summary>A private copy of the fresh build, for a test that writes.</summary>
    public FactStore CopyTo(TempDirectory target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var path = target.File("copy.db");
        File.Copy(DatabasePath, path);
        return new FactStore(path);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => directory.Dispose();
}
