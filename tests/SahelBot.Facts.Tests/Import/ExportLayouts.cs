namespace SahelBot.Facts.Tests.Import;

/// <summary>The header lines of every export layout in the formats document, exactly as the document gives them.</summary>
public static class ExportLayouts
{
    public const string AcledCurrent =
        "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp";

    public const string AcledWithPopulation = AcledCurrent + ",population_1km,population_2km,population_5km,population_best";

    public const string Acled2019 =
        "data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp,iso3";

    public const string AcledMonadic =
        "data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,inter1,interaction,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp,iso3";

    public static readonly string AcledUpperCase = Acled2019.ToUpperInvariant();

    public const string AcledPre2017 =
        "GWNO,EVENT_ID_CNTY,EVENT_ID_NO_CNTY,EVENT_DATE,YEAR,TIME_PRECISION,EVENT_TYPE,ACTOR1,ALLY_ACTOR_1,INTER1,ACTOR2,ALLY_ACTOR_2,INTER2,INTERACTION,COUNTRY,ADMIN1,ADMIN2,ADMIN3,LOCATION,LATITUDE,LONGITUDE,GEO_PRECISION,SOURCE,NOTES,FATALITIES,,,,,,,";

    public const string AcledHandTrimmed = "\"\",event_date,year,location,latitude,longitude,geo_precision,notes,fatalities";

    public const string Ged231 =
        "id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,conflict_name,dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,where_coordinates,where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low,gwnoa,gwnob";

    public const string Ged191 =
        "id,year,active_year,type_of_violence,conflict_new_id,conflict_name,dyad_new_id,dyad_name,side_a_new_id,gwnoa,side_a,side_b_new_id,gwnob,side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,where_coordinates,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,low,best,high";

    public const string GedHdx =
        "id,year,active_year,start_year,end_year,type_of_violence,conflict_new_id,conflict_name,dyad_new_id,dyad_name,side_a_new_id,gwnoa,side_a,side_b_new_id,gwnob,side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,where_coordinates,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,iso3,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,low,best,high";

    /// <summary>The HXL hashtag line HDX puts under the header (values for the columns named, others empty).</summary>
    public static readonly IReadOnlyDictionary<string, string> GedHdxTags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["year"] = "#date+year",
        ["start_year"] = "#date+year+start",
        ["side_a"] = "#group+name+first",
        ["side_b"] = "#group+name+second",
        ["source_article"] = "#meta+source",
        ["country"] = "#country+name",
        ["best"] = "#affected+killed",
    };
}
