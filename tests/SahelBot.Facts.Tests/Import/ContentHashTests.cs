using SahelBot.Facts.Import;
using SahelBot.Facts.Tests.Support;

namespace SahelBot.Facts.Tests.Import;

public sealed class ContentHashTests(CuratedStoreFixture fixture) : ImportTestBase(fixture)
{
    // The hash stores written by earlier builds hold: a re-import compares with it, so a change would "update" every event.
    [Fact]
    public async Task AnEventIsStoredWithTheContentHashEarlierBuildsStored()
    {
        var file = new ExportFile(ExportLayouts.AcledCurrent)
            .Add(Rows.Acled(("assoc_actor_2", "Dozo Militia; Koglweogo Militia")))
            .Add(Rows.Acled(("event_id_cnty", "MLI90002"), ("latitude", ""), ("longitude", ""), ("fatalities", "")));

        await ImportAsync(ConflictDataset.Acled, Write(file));

        Assert.Equal([-6264125642589323905L, -557478268436681382L], Query<long>("SELECT content_hash FROM incident_imports ORDER BY incident_id"));
    }
}
