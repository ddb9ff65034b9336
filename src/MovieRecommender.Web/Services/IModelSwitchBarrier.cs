namespace MovieRecommender.Web.Services;

/// <summary>
/// Lines up a model switch across replicas: the loader calls <see cref="WaitForPeersAsync"/> after it has loaded and
/// verified a new model and before it serves it, and <see cref="AnnounceServedAsync"/> once it serves it.
/// </summary>
public interface IModelSwitchBarrier
{
    /// <summary>Returns when every live replica has <paramref name="modelVersion"/> loaded too, or the switch timeout has passed.</summary>
    Task WaitForPeersAsync(string modelVersion, CancellationToken cancellationToken);

    /// <summary>Tells the other replicas which model this one serves now.</summary>
    Task AnnounceServedAsync(CancellationToken cancellationToken);
}
