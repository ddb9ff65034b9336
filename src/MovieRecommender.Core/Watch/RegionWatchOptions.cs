namespace MovieRecommender.Core.Watch;

/// <summary>Where a film can be watched in one region.</summary>
/// <param name="Region">ISO 3166-1 alpha-2 code, upper case (e.g. "US").</param>
/// <param name="Link">The page the data names for this film and region (TMDB's watch page), or null.</param>
/// <param name="Offers">Offers in the order the data lists them.</param>
public sealed record RegionWatchOptions(string Region, string? Link, IReadOnlyList<WatchOffer> Offers);
