namespace MovieRecommender.Core.Watch;

/// <summary>One provider offering a film one way in one region.</summary>
public readonly record struct WatchOffer(int ProviderId, WatchOfferKind Kind)
{
    /// <summary>Watchable without paying per film: included in a subscription, free, or free with ads.</summary>
    public bool IsIncluded => Kind is WatchOfferKind.Stream or WatchOfferKind.Free or WatchOfferKind.Ads;
}
