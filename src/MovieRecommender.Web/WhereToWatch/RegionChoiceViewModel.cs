namespace MovieRecommender.Web.WhereToWatch;

/// <summary>An entry of a region picker.</summary>
public sealed record RegionChoiceViewModel(string Code, string Name, bool Selected);
