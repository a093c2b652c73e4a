namespace SahelBot.Facts.Model;

public sealed record CountryCoverage(Country Country, int Incidents, DateOnly? First, DateOnly? Last);
