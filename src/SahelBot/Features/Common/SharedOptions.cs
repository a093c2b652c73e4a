using SahelBot.Discord.Models;

namespace SahelBot.Features.Common;

/// <summary>Options several commands share, so they read and localize the same everywhere.</summary>
public static class SharedOptions
{
    public static ApplicationCommandOption Country(bool required) => Definitions.String(
        "country", "Country: name, ISO code or demonym (niger, NE, nigérien)",
        "pays", "Pays : nom, code ISO ou gentilé (niger, NE, nigérien)", required, autocomplete: true, maxLength: 60);

    public static ApplicationCommandOption Since() => Definitions.String(
        "since", "From: 2019, 2019-12, 2019-12-10, or relative 30d, 6m, 1y",
        "depuis", "À partir de : 2019, 2019-12, 2019-12-10, ou relatif 30d, 6m, 1y", maxLength: 10);

    public static ApplicationCommandOption Until() => Definitions.String(
        "until", "Up to: 2019, 2019-12, 2019-12-10",
        "jusqu'au", "Jusqu'à : 2019, 2019-12, 2019-12-10", maxLength: 10);

    public static ApplicationCommandOption Group(bool required) => Definitions.String(
        "group", "Armed group: name or alias (JNIM, ISGS, EIGS)",
        "groupe", "Groupe armé : nom ou alias (JNIM, EIGS, GSIM)", required, autocomplete: true, maxLength: 100);

    public static ApplicationCommandOption MinDeaths() => Definitions.Integer(
        "min_deaths", "Only incidents with at least this many reported deaths",
        "morts_min", "Seulement les incidents avec au moins ce nombre de morts rapportés", 0, 100_000);
}
