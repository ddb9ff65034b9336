namespace MovieRecommender.Web.Social.Contracts;

/// <summary>Body of <c>PUT /api/v1/me/profile</c>.</summary>
public sealed record ProfileRequest
{
    /// <summary>3–30 letters, digits or underscores; stored lower-case.</summary>
    public string? Handle { get; init; }

    /// <summary>1–50 characters; defaults to the handle.</summary>
    public string? DisplayName { get; init; }

    /// <summary>False (the default) keeps everything private.</summary>
    public bool IsPublic { get; init; }
}
