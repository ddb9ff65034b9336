namespace MovieRecommender.Web.WhereToWatch;

/// <summary>Providers that offer a film one way ("Stream", "Rent", ...).</summary>
public sealed record WatchOfferGroupViewModel(string Label, IReadOnlyList<WatchProviderViewModel> Providers);
