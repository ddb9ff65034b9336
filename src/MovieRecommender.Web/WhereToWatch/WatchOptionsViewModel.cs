namespace MovieRecommender.Web.WhereToWatch;

/// <summary>The film page's where-to-watch section for one region.</summary>
public sealed record WatchOptionsViewModel(
    int MovieId,
    string Region,
    string RegionName,
    string? Link,
    IReadOnlyList<WatchOfferGroupViewModel> Groups,
    IReadOnlyList<RegionChoiceViewModel> Regions);
