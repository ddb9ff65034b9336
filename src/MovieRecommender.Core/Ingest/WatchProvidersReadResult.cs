using MovieRecommender.Core.Watch;

namespace MovieRecommender.Core.Ingest;

/// <summary>What <see cref="WatchProvidersFileReader"/> read.</summary>
/// <param name="Availability">Offers for the films of the catalog.</param>
/// <param name="Records">Film records in the file.</param>
/// <param name="NotInCatalog">Records for films the catalog does not have (dropped).</param>
public sealed record WatchProvidersReadResult(WatchAvailability Availability, int Records, int NotInCatalog);
