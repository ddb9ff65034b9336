namespace MovieRecommender.Core.Watch;

/// <summary>How a provider offers a film (TMDB's watch-provider groups). Values are stored in model files.</summary>
public enum WatchOfferKind : byte
{
    /// <summary>Included in a subscription (TMDB <c>flatrate</c>).</summary>
    Stream = 0,

    /// <summary>Free (TMDB <c>free</c>).</summary>
    Free = 1,

    /// <summary>Free with advertising (TMDB <c>ads</c>).</summary>
    Ads = 2,

    Rent = 3,

    Buy = 4,
}
