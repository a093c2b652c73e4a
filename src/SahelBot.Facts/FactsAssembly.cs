namespace SahelBot.Facts;

/// <summary>Marks the fact store assembly.</summary>
public static class FactsAssembly;
