namespace MovieRecommender.Web.CatalogUpdates;

/// <summary>Where the admin page's catalog update stands.</summary>
public enum CatalogUpdateState
{
    /// <summary>No update has run since the app started.</summary>
    Idle = 0,
    Queued = 1,
    Running = 2,
    Succeeded = 3,
    Failed = 4,
}
