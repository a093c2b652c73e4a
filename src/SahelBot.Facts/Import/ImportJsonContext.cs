using System.Text.Json.Serialization;

namespace SahelBot.Facts.Import;

/// <summary>Source-generated JSON for the staged actor lists ([name, actor type, group id] per actor) and a batch's event ids.</summary>
[JsonSerializable(typeof(IEnumerable<string?[]>))]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class ImportJsonContext : JsonSerializerContext;
