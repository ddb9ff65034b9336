namespace MovieRecommender.Web.WhereToWatch;

/// <summary>The "only films on my services" control of the filter panel.</summary>
/// <param name="RegionName">The visitor's region, spelled out.</param>
/// <param name="SavedNames">Names of the visitor's saved services, empty when none are saved.</param>
/// <param name="Active">The list is filtered by the saved services now.</param>
/// <param name="ChooseUrl">The page where the visitor picks their services.</param>
public sealed record ServicesFilterViewModel(string RegionName, IReadOnlyList<string> SavedNames, bool Active, string ChooseUrl);
