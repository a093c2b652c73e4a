using System.Globalization;
using System.Text;

namespace SahelBot.Benchmarks;

/// <summary>
/// A made-up ACLED export in the current 31-column layout, every row a distinct security event in one of
/// the five Sahel countries, with quoted multi-sentence notes: the shape and size of a real yearly export.
/// </summary>
public static class ImportBenchmarkFile
{
    private const string Header =
        "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp";

    private static readonly (string Country, string Prefix, int Iso, string Admin1, string Place)[] Places =
    [
        ("Mali", "MLI", 466, "Mopti", "Boni"), ("Burkina Faso", "BFO", 854, "Sahel", "Djibo"), ("Niger", "NIR", 562, "Tillaberi", "Ayorou"),
        ("Chad", "CHA", 148, "Lac", "Ngouboua"), ("Mauritania", "MAU", 478, "Hodh ech Chargui", "Bassikounou"),
    ];

    private static readonly (string Type, string Sub)[] Types =
    [
        ("Battles", "Armed clash"), ("Violence against civilians", "Attack"), ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ("Violence against civilians", "Abduction/forced disappearance"), ("Explosions/Remote violence", "Air/drone strike"),
    ];

    public static string Write(string path, int rows, int seed = 2019)
    {
        var random = new Random(seed);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        writer.Write(Header);
        writer.Write('\n');
        var start = new DateOnly(2017, 1, 1);
        for (var n = 1; n <= rows; n++)
        {
            var (country, prefix, iso, admin1, place) = Places[random.Next(Places.Length)];
            var (type, sub) = Types[random.Next(Types.Length)];
            var date = start.AddDays(random.Next(3000));
            var deaths = random.Next(0, 40);
            var line = string.Create(CultureInfo.InvariantCulture,
                $"{prefix}{n},{date:d MMMM yyyy},{date.Year},1,Political violence,{type},{sub},JNIM: Group for Support of Islam and Muslims,,Rebel group,Military Forces of {country} (2021-),,State forces,Rebel group-State forces,,{iso},Western Africa,{country},{admin1},District {n % 97},Commune {n % 389},{place} {n % 1500},{13 + random.NextDouble():F4},{-2 + random.NextDouble():F4},{1 + random.Next(3)},Wire {n % 31}; Radio {n % 17},National,\"On {date:d MMMM yyyy}, militants and soldiers clashed near {place}, \"\"according to local sources\"\". The army reported {deaths} dead; the figure could not be confirmed.\",{deaths},,{1_600_000_000 + n}");
            writer.Write(line);
            writer.Write('\n');
        }

        return path;
    }
}
