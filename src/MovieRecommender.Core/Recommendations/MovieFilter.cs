namespace MovieRecommender.Core.Recommendations;

/// <summary>Filters applied to recommendation and top-rated lists. Null means "no constraint".</summary>
public sealed record MovieFilter
{
    public static MovieFilter None { get; } = new();

    public int? MinYear { get; init; }
    public int? MaxYear { get; init; }
    public IReadOnlyList<string> Genres { get; init; } = [];
    public GenreMatchMode GenreMode { get; init; } = GenreMatchMode.Any;
    public double? MinRating { get; init; }
    public int? MinVotes { get; init; }
    public int? MinRuntime { get; init; }
    public int? MaxRuntime { get; init; }

    /// <summary>ISO 639-1 original language code.</summary>
    public string? Language { get; init; }

    /// <summary>ISO 3166-1 alpha-2 production country code.</summary>
    public string? Country { get; init; }

    /// <summary>Drop films that share a production company with any seed film.</summary>
    public bool ExcludeSameCompany { get; init; }

    /// <summary>
    /// Keep only films included (subscription, free or with ads; not rent or buy) on one of these TMDB watch
    /// providers in <see cref="WatchRegion"/>. Empty means no constraint; a model without providers data matches nothing.
    /// </summary>
    public IReadOnlyList<int> WatchProviderIds { get; init; } = [];

    /// <summary>ISO 3166-1 alpha-2 region for <see cref="WatchProviderIds"/>, e.g. "US".</summary>
    public string? WatchRegion { get; init; }
}
