namespace MovieRecommender.Web.WhereToWatch;

/// <summary>The page where a visitor picks their streaming services.</summary>
public sealed record ServicesPreferencesViewModel(
    bool HasData,
    string Region,
    string RegionName,
    IReadOnlyList<WatchProviderViewModel> Providers,
    IReadOnlyList<RegionChoiceViewModel> Regions,
    string? ReturnUrl,
    bool JustSaved);
