namespace SahelBot.Facts.Tests.Import;

/// <summary>Rows made up for the tests, in the datasets' vocabularies: a default event with the fields a test changes.</summary>
public static class Rows
{
    /// <summary>An ACLED armed clash in Mali; every key can be overridden or added with <paramref name="changes"/>.</summary>
    public static Dictionary<string, string> Acled(params (string Column, string Value)[] changes)
    {
        var row = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["data_id"] = "9000001",
            ["iso"] = "466",
            ["event_id_cnty"] = "MLI90001",
            ["event_id_no_cnty"] = "90001",
            ["event_date"] = "2021-03-14",
            ["year"] = "2021",
            ["time_precision"] = "1",
            ["disorder_type"] = "Political violence",
            ["event_type"] = "Battles",
            ["sub_event_type"] = "Armed clash",
            ["actor1"] = "Military Forces of Mali (2021-)",
            ["assoc_actor_1"] = "",
            ["inter1"] = "1",
            ["actor2"] = "JNIM: Group for Support of Islam and Muslims",
            ["assoc_actor_2"] = "",
            ["inter2"] = "2",
            ["interaction"] = "12",
            ["region"] = "Western Africa",
            ["country"] = "Mali",
            ["admin1"] = "Mopti",
            ["admin2"] = "Douentza",
            ["admin3"] = "Boni",
            ["location"] = "Boni",
            ["latitude"] = "15.0431",
            ["longitude"] = "-1.9614",
            ["geo_precision"] = "1",
            ["source"] = "Test Wire; Radio Example",
            ["source_scale"] = "National",
            ["notes"] = "On 14 March 2021, soldiers and militants fought near Boni.",
            ["fatalities"] = "4",
            ["timestamp"] = "1700000000",
            ["iso3"] = "MLI",
        };
        foreach (var (column, value) in changes)
        {
            row[column] = value;
        }

        return row;
    }

    /// <summary>A GED state-based event in Burkina Faso; every key can be overridden with <paramref name="changes"/>.</summary>
    public static Dictionary<string, string> Ged(params (string Column, string Value)[] changes)
    {
        var row = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["id"] = "880001",
            ["relid"] = "BFO-2021-1-99-1",
            ["year"] = "2021",
            ["active_year"] = "1",
            ["start_year"] = "2021",
            ["end_year"] = "2021",
            ["code_status"] = "Clear",
            ["type_of_violence"] = "1",
            ["conflict_name"] = "Burkina Faso: Islamic State",
            ["dyad_name"] = "Government of Burkina Faso - JNIM",
            ["side_a"] = "Government of Burkina Faso",
            ["side_b"] = "JNIM",
            ["number_of_sources"] = "2",
            ["source_article"] = "\"Test Wire,2021-06-05,Soldiers killed in attack on post\";\"Other Paper,2021-06-06,Army post hit, \"\"many\"\" dead\"",
            ["source_office"] = "Test Wire;Other Paper",
            ["source_date"] = "2021-06-05;2021-06-06",
            ["source_headline"] = "Soldiers killed in attack on post;Army post hit",
            ["where_prec"] = "1",
            ["where_coordinates"] = "Tinakoff village",
            ["where_description"] = "Tinakoff village,\nnear the border",
            ["adm_1"] = "Sahel region",
            ["adm_2"] = "Oudalan province",
            ["latitude"] = "14.93",
            ["longitude"] = "0.27",
            ["geom_wkt"] = "POINT (0.27 14.93)",
            ["priogrid_gid"] = "152281",
            ["country"] = "Burkina Faso",
            ["country_id"] = "439",
            ["iso3"] = "BFA",
            ["region"] = "Africa",
            ["event_clarity"] = "1",
            ["date_prec"] = "1",
            ["date_start"] = "2021-06-04 00:00:00.000",
            ["date_end"] = "2021-06-04 00:00:00.000",
            ["deaths_a"] = "11",
            ["deaths_b"] = "3",
            ["deaths_civilians"] = "1",
            ["deaths_unknown"] = "0",
            ["best"] = "15",
            ["high"] = "20",
            ["low"] = "14",
            ["gwnoa"] = "439",
            ["gwnob"] = "",
        };
        foreach (var (column, value) in changes)
        {
            row[column] = value;
        }

        return row;
    }
}
