using System.Text.Json;
using System.Text.Json.Nodes;

namespace SahelBot.Facts.Tests.Support;

/// <summary>A copy of data/curated in a temp folder, with helpers to break one record.</summary>
public sealed class CuratedCopy
{
    public CuratedCopy(TempDirectory temp)
    {
        ArgumentNullException.ThrowIfNull(temp);
        Directory = Path.Combine(temp.Path, "curated");
        System.IO.Directory.CreateDirectory(Directory);
        foreach (var file in System.IO.Directory.GetFiles(RepoPaths.CuratedData, "*.json"))
        {
            File.Copy(file, Path.Combine(Directory, Path.GetFileName(file)));
        }
    }

    public string Directory { get; }

    /// <summary>Edits the record with this id in the given file (e.g. "incidents.json").</summary>
    public void Edit(string fileName, string id, Action<JsonObject> edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var path = Path.Combine(Directory, fileName);
        var array = JsonNode.Parse(File.ReadAllText(path))!.AsArray();
        var record = array.Single(n => (string?)n!["id"] == id)!.AsObject();
        edit(record);
        File.WriteAllText(path, array.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }
}
