using MovieRecommender.Core.Watch;

namespace MovieRecommender.Web.WhereToWatch;

/// <summary>The served model's watch providers (null when the model has no providers file), swapped with the model.</summary>
public sealed class WatchProvidersState
{
    private WatchAvailability? _current;

    public WatchAvailability? Current => Volatile.Read(ref _current);

    public void Use(WatchAvailability? availability) => Volatile.Write(ref _current, availability);
}
