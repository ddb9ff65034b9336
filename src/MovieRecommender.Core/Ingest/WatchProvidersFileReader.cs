using System.IO.Compression;
using System.Text;
using System.Text.Json;
using MovieRecommender.Core.Watch;

namespace MovieRecommender.Core.Ingest;

/// <summary>
/// Reads watch providers in TMDB's layout: one <c>/movie/{id}/watch/providers</c> response per film,
/// <c>{"id": 550, "results": {"US": {"link": "...", "flatrate": [{"provider_id": 8, "provider_name": "Netflix",
/// "logo_path": "/x.jpg", "display_priority": 0}], "rent": [...], "buy": [...], "free": [...], "ads": [...]}}}</c>,
/// as one JSON array (<c>.json</c>) or as JSON Lines (any other name, e.g. <c>.jsonl</c>), optionally gzipped (<c>.gz</c>).
/// Unknown fields are ignored; a malformed record stops the read with a message naming the file and record.
/// </summary>
public static class WatchProvidersFileReader
{
    private const int RegionCodeLength = 2;

    private static readonly (string Property, WatchOfferKind Kind)[] Groups =
    [
        ("flatrate", WatchOfferKind.Stream), ("free", WatchOfferKind.Free), ("ads", WatchOfferKind.Ads),
        ("rent", WatchOfferKind.Rent), ("buy", WatchOfferKind.Buy),
    ];

    public static async Task<WatchProvidersReadResult> ReadAsync(string path, IReadOnlySet<int> catalogIds, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(catalogIds);
        if (!File.Exists(path))
        {
            throw new CatalogFormatException($"Providers file '{path}' does not exist.");
        }

        var state = new ReadState(path, catalogIds);
        try
        {
            await using var file = File.OpenRead(path);
            await using var stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
                ? new GZipStream(file, CompressionMode.Decompress)
                : (Stream)file;
            if (IsJsonArrayFile(path))
            {
                await foreach (var record in JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(stream, cancellationToken: cancellationToken).ConfigureAwait(false))
                {
                    state.Add(record, "array item");
                }
            }
            else
            {
                using var reader = new StreamReader(stream, Encoding.UTF8);
                while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
                {
                    state.NextLine();
                    if (!string.IsNullOrWhiteSpace(line))
                    {
                        using var document = JsonDocument.Parse(line);
                        state.Add(document.RootElement, "line");
                    }
                }
            }
        }
        catch (JsonException ex)
        {
            throw new CatalogFormatException($"Providers file '{path}' {state.Position("record")}: not valid JSON ({ex.Message}).");
        }
        catch (InvalidDataException ex)
        {
            throw new CatalogFormatException($"Providers file '{path}' is not a valid gzip file: {ex.Message}");
        }

        return state.ToResult();
    }

    /// <summary>A <c>.json</c> file (gzipped or not) holds one array; anything else is read as JSON Lines.</summary>
    private static bool IsJsonArrayFile(string path)
    {
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^".gz".Length] : path;
        return name.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
    }

    private sealed class ReadState(string path, IReadOnlySet<int> catalogIds)
    {
        private readonly Dictionary<int, WatchProvider> _providers = [];
        private readonly Dictionary<int, RegionWatchOptions[]> _byMovie = [];
        private readonly Dictionary<string, string> _regionCodes = new(StringComparer.Ordinal);
        private int _line;
        private int _records;
        private int _notInCatalog;

        public void NextLine() => _line++;

        public string Position(string unit) => _line > 0 ? $"line {_line}" : $"{unit} {_records + 1}";

        public void Add(JsonElement record, string unit)
        {
            if (record.ValueKind != JsonValueKind.Object || !record.TryGetProperty("id", out var idElement)
                || !idElement.TryGetInt32(out var movieId) || movieId <= 0)
            {
                throw Fail(unit, "expected an object with a positive integer \"id\"");
            }

            if (!record.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Object)
            {
                throw Fail(unit, $"film {movieId} has no \"results\" object");
            }

            var regions = new List<RegionWatchOptions>();
            foreach (var region in results.EnumerateObject())
            {
                regions.Add(ReadRegion(movieId, region, unit));
            }

            _records++;
            if (!catalogIds.Contains(movieId))
            {
                _notInCatalog++;
                return;
            }

            if (regions.Count > 0)
            {
                _byMovie[movieId] = [.. regions];
            }
        }

        public WatchProvidersReadResult ToResult() =>
            new(new WatchAvailability(_providers.Values, _byMovie), _records, _notInCatalog);

        private RegionWatchOptions ReadRegion(int movieId, JsonProperty region, string unit)
        {
            var code = region.Name.Trim().ToUpperInvariant();
            if (code.Length != RegionCodeLength || !code.All(char.IsAsciiLetterUpper) || region.Value.ValueKind != JsonValueKind.Object)
            {
                throw Fail(unit, $"film {movieId} has an invalid region \"{region.Name}\" (expected a 2-letter country code with an object)");
            }

            code = _regionCodes.TryGetValue(code, out var shared) ? shared : _regionCodes[code] = code;
            string? link = null;
            if (region.Value.TryGetProperty("link", out var linkElement) && linkElement.ValueKind == JsonValueKind.String)
            {
                link = linkElement.GetString();
                if (!Uri.TryCreate(link, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
                {
                    throw Fail(unit, $"film {movieId} region {code}: \"link\" is not an http(s) address");
                }
            }

            var offers = new List<WatchOffer>();
            foreach (var (property, kind) in Groups)
            {
                if (!region.Value.TryGetProperty(property, out var group) || group.ValueKind == JsonValueKind.Null)
                {
                    continue;
                }

                if (group.ValueKind != JsonValueKind.Array)
                {
                    throw Fail(unit, $"film {movieId} region {code}: \"{property}\" is not a list");
                }

                foreach (var entry in group.EnumerateArray())
                {
                    var provider = ReadProvider(movieId, code, entry, unit);
                    offers.Add(new WatchOffer(provider.Id, kind));
                }
            }

            return new RegionWatchOptions(code, link, offers.Distinct().ToArray());
        }

        private WatchProvider ReadProvider(int movieId, string region, JsonElement entry, string unit)
        {
            if (entry.ValueKind != JsonValueKind.Object
                || !entry.TryGetProperty("provider_id", out var idElement) || !idElement.TryGetInt32(out var id) || id <= 0
                || !entry.TryGetProperty("provider_name", out var nameElement) || nameElement.ValueKind != JsonValueKind.String
                || string.IsNullOrWhiteSpace(nameElement.GetString()))
            {
                throw Fail(unit, $"film {movieId} region {region}: a provider lacks a positive \"provider_id\" or a \"provider_name\"");
            }

            if (_providers.TryGetValue(id, out var known))
            {
                return known;
            }

            var logo = entry.TryGetProperty("logo_path", out var logoElement) && logoElement.ValueKind == JsonValueKind.String
                ? logoElement.GetString()
                : null;
            var priority = entry.TryGetProperty("display_priority", out var priorityElement) && priorityElement.TryGetInt32(out var p) ? p : int.MaxValue;
            var provider = new WatchProvider(id, nameElement.GetString()!.Trim(), string.IsNullOrWhiteSpace(logo) ? null : logo, priority);
            _providers[id] = provider;
            return provider;
        }

        private CatalogFormatException Fail(string unit, string reason) =>
            new($"Providers file '{path}' {Position(unit)}: {reason}.");
    }
}
