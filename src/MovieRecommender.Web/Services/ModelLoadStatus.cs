namespace MovieRecommender.Web.Services;

public enum ModelLoadStatus
{
    /// <summary>No model served yet; training or loading is under way.</summary>
    Loading = 0,

    /// <summary>A model is served and the last load succeeded.</summary>
    Ready = 1,

    /// <summary>No model could be loaded; retrying with back-off.</summary>
    Failed = 2,

    /// <summary>A model is served but the last reload was rejected; the old one keeps serving.</summary>
    Degraded = 3,
}
