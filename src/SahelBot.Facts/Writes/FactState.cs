using System.Text.Json.Nodes;

namespace SahelBot.Facts.Writes;

/// <summary>A fact as read at the start of a write: its id, owning server (null = published), version and snapshot.</summary>
internal sealed record FactState(string Id, ulong? Guild, int Version, JsonObject Snapshot);
