using SahelBot.Facts.Import;
using SahelBot.Facts.Tests.Import;
using SahelBot.Facts.Tests.Support;

namespace SahelBot.Facts.Tests.Subscriptions;

public sealed class ImportDeliveryTests(CuratedStoreFixture fixture) : ImportTestBase(fixture)
{
    [Fact]
    public async Task ImportingNewNigerIncidentsQueuesOneDeliveryPerMatchingIncidentAndChannel()
    {
        SubscriptionRows.Add(Store, 71, countries: """["NE"]""");
        SubscriptionRows.Add(Store, 72, countries: """["NE","BF"]""");
        SubscriptionRows.Add(Store, 73, countries: """["ML"]""", kinds: """["ambush"]""");
        var file = new ExportFile(ExportLayouts.AcledCurrent);
        for (var n = 1; n <= 3; n++)
        {
            file.Add(Niger($"NER{n}", $"2026-11-0{n}"));
        }

        file.Add(Rows.Acled(("event_id_cnty", "MLI7")));

        var report = await ImportAsync(ConflictDataset.Acled, Write(file), o => o with { BatchSize = 2 });

        Assert.Equal(4, report.Inserted);
        Assert.Equal(
            [("inc-acled-ner1", 71L), ("inc-acled-ner1", 72L), ("inc-acled-ner2", 71L), ("inc-acled-ner2", 72L), ("inc-acled-ner3", 71L), ("inc-acled-ner3", 72L)],
            SubscriptionRows.Deliveries(Store));
    }

    [Fact]
    public async Task ReimportingTheSameFileQueuesNothingMore()
    {
        SubscriptionRows.Add(Store, 71, countries: """["NE"]""");
        var file = new ExportFile(ExportLayouts.AcledCurrent);
        file.Add(Niger("NER1", "2026-11-01"));
        var path = Write(file);
        await ImportAsync(ConflictDataset.Acled, path);

        await ImportAsync(ConflictDataset.Acled, path);

        Assert.Single(SubscriptionRows.Deliveries(Store));
    }

    private static Dictionary<string, string> Niger(string eventId, string date) => Rows.Acled(
        ("event_id_cnty", eventId),
        ("event_date", date),
        ("year", date[..4]),
        ("iso", "562"),
        ("iso3", "NER"),
        ("country", "Niger"),
        ("admin1", "Tillaberi"),
        ("admin2", "Ouallam"),
        ("admin3", "Tondikiwindi"),
        ("location", "Tondikiwindi"),
        ("latitude", "14.3"),
        ("longitude", "1.9"));
}
