using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(SahelBot.Benchmarks.BenchmarkAssembly).Assembly).Run(args);
