using System.Text.Json.Serialization;

namespace SahelBot.Facts.Import;

/// <summary>Source-generated JSON for the staged actor lists ([name, actor type, group id] per actor).</summary>
[JsonSerializable(typeof(IEnumerable<string?[]>))]
internal sealed partial class ImportJsonContext : JsonSerializerContext;
