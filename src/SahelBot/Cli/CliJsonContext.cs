using System.Text.Json.Serialization;

namespace SahelBot.Cli;

/// <summary>Source-generated JSON for the option values the command line writes into interactions.</summary>
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(string))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
