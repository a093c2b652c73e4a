using System.Text.Json;

namespace SahelBot.Facts.Curated;

/// <summary>The five curated files, read as they are.</summary>
internal sealed class CuratedDataSet
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    public required IReadOnlyList<CuratedCountry> Countries { get; init; }
    public required IReadOnlyList<CuratedSource> Sources { get; init; }
    public required IReadOnlyList<CuratedIncident> Incidents { get; init; }
    public required IReadOnlyList<CuratedGroup> Groups { get; init; }
    public required IReadOnlyList<CuratedDeployment> Deployments { get; init; }

    public static async Task<CuratedDataSet> LoadAsync(string directory, CancellationToken cancellationToken)
    {
        return new CuratedDataSet
        {
            Countries = await ReadAsync<CuratedCountry>(directory, "countries.json", cancellationToken),
            Sources = await ReadAsync<CuratedSource>(directory, "sources.json", cancellationToken),
            Incidents = await ReadAsync<CuratedIncident>(directory, "incidents.json", cancellationToken),
            Groups = await ReadAsync<CuratedGroup>(directory, "groups.json", cancellationToken),
            Deployments = await ReadAsync<CuratedDeployment>(directory, "deployments.json", cancellationToken),
        };
    }

    private static async Task<IReadOnlyList<T>> ReadAsync<T>(string directory, string fileName, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            throw new CuratedDataException($"curated file {fileName} is missing from {directory}");
        }

        try
        {
            await using var stream = File.OpenRead(path);
            var items = await JsonSerializer.DeserializeAsync<List<T?>>(stream, Options, cancellationToken);
            if (items is null || items.Any(i => i is null))
            {
                throw new CuratedDataException($"curated file {fileName} must be a JSON array of objects");
            }

            return items!;
        }
        catch (JsonException ex)
        {
            throw new CuratedDataException($"curated file {fileName} is not valid JSON: {ex.Message}", ex);
        }
    }
}
