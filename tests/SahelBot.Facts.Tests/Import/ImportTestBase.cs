using Dapper;
using SahelBot.Facts.Import;
using SahelBot.Facts.Tests.Support;

namespace SahelBot.Facts.Tests.Import;

/// <summary>Each test imports into its own copy of a fresh curated build.</summary>
public abstract class ImportTestBase : IClassFixture<CuratedStoreFixture>, IDisposable
{
    protected ImportTestBase(CuratedStoreFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        Temp = new TempDirectory();
        Store = fixture.CopyTo(Temp);
    }

    protected TempDirectory Temp { get; }

    protected FactStore Store { get; }

    public void Dispose()
    {
        Temp.Dispose();
        GC.SuppressFinalize(this);
    }

    protected string Write(ExportFile file, string name = "export.csv") => file.WriteTo(Temp.File(name));

    /// <summary>A current ACLED export of <paramref name="count"/> events, MLI1 to MLI<paramref name="count"/>, one row each.</summary>
    protected string AcledEvents(int count)
    {
        var file = new ExportFile(ExportLayouts.AcledCurrent);
        for (var n = 1; n <= count; n++)
        {
            file.Add(Rows.Acled(("event_id_cnty", $"MLI{n}")));
        }

        return Write(file);
    }

    protected Task<ImportReport> ImportAsync(ConflictDataset dataset, string path, Func<ImportOptions, ImportOptions>? configure = null, CancellationToken ct = default)
    {
        var options = new ImportOptions(dataset, path);
        return new ConflictDataImporter(Store).ImportAsync(configure is null ? options : configure(options), cancellationToken: ct);
    }

    protected T Scalar<T>(string sql, object? parameters = null)
    {
        using var connection = Store.OpenReadOnlyConnection();
        return connection.ExecuteScalar<T>(sql, parameters)!;
    }

    protected IReadOnlyList<T> Query<T>(string sql, object? parameters = null)
    {
        using var connection = Store.OpenReadOnlyConnection();
        return connection.Query<T>(sql, parameters).ToList();
    }

    protected long ImportedCount(string origin = "acled") => Scalar<long>("SELECT count(*) FROM incidents WHERE origin = @origin", new { origin });
}
