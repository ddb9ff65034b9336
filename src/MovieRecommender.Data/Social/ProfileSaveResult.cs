namespace MovieRecommender.Data.Social;

/// <summary>Outcome of saving a profile.</summary>
public enum ProfileSaveResult
{
    Saved = 0,

    /// <summary>Another user has the handle.</summary>
    HandleTaken = 1,
}
