namespace MovieRecommender.Core.Watch;

/// <summary>
/// Where films can be streamed, rented or bought, per region, as loaded from the model's providers file. Films and
/// regions without data simply have no entry: nothing is guessed.
/// </summary>
public sealed class WatchAvailability
{
    private readonly Dictionary<int, RegionWatchOptions[]> _byMovie;
    private readonly Dictionary<string, WatchProvider[]> _includedProvidersByRegion;

    public WatchAvailability(IEnumerable<WatchProvider> providers, IReadOnlyDictionary<int, RegionWatchOptions[]> byMovie)
    {
        ArgumentNullException.ThrowIfNull(providers);
        ArgumentNullException.ThrowIfNull(byMovie);
        Providers = providers.ToDictionary(p => p.Id);
        _byMovie = byMovie.ToDictionary(e => e.Key, e => e.Value);
        _includedProvidersByRegion = _byMovie.Values
            .SelectMany(regions => regions)
            .SelectMany(r => r.Offers.Where(o => o.IsIncluded).Select(o => (r.Region, o.ProviderId)))
            .Distinct()
            .GroupBy(x => x.Region, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.Select(x => Providers.GetValueOrDefault(x.ProviderId)).OfType<WatchProvider>()
                    .OrderBy(p => p.DisplayPriority).ThenBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToArray(),
                StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<int, WatchProvider> Providers { get; }

    /// <summary>Films with data, by TMDB id.</summary>
    public IReadOnlyDictionary<int, RegionWatchOptions[]> ByMovie => _byMovie;

    public int MovieCount => _byMovie.Count;

    /// <summary>Regions that have at least one offer included in a subscription or free, sorted.</summary>
    public IReadOnlyList<string> Regions => [.. _includedProvidersByRegion.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The film's options in <paramref name="region"/>, or null when the data has none.</summary>
    public RegionWatchOptions? For(int movieId, string region)
    {
        if (!_byMovie.TryGetValue(movieId, out var regions))
        {
            return null;
        }

        return Array.Find(regions, r => string.Equals(r.Region, region, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Regions the film has data for.</summary>
    public IReadOnlyList<string> RegionsOf(int movieId) =>
        _byMovie.TryGetValue(movieId, out var regions) ? [.. regions.Select(r => r.Region)] : [];

    /// <summary>Services whose subscription (or free tier) includes at least one film in the region, best known first.</summary>
    public IReadOnlyList<WatchProvider> IncludedProvidersIn(string region) =>
        _includedProvidersByRegion.TryGetValue(region.ToUpperInvariant(), out var providers) ? providers : [];

    /// <summary>True when one of <paramref name="providerIds"/> includes the film in <paramref name="region"/> (rent and buy do not count).</summary>
    public bool IsIncludedOn(int movieId, string region, IReadOnlySet<int> providerIds)
    {
        ArgumentNullException.ThrowIfNull(providerIds);
        var options = For(movieId, region);
        if (options is null)
        {
            return false;
        }

        foreach (var offer in options.Offers)
        {
            if (offer.IsIncluded && providerIds.Contains(offer.ProviderId))
            {
                return true;
            }
        }

        return false;
    }
}
