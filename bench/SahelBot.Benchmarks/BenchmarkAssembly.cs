namespace SahelBot.Benchmarks;

/// <summary>Anchors <see cref="BenchmarkDotNet.Running.BenchmarkSwitcher"/> to this assembly.</summary>
public static class BenchmarkAssembly;
