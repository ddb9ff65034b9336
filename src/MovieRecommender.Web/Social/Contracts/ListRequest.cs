namespace MovieRecommender.Web.Social.Contracts;

/// <summary>Body of <c>POST /api/v1/lists</c> and <c>PUT /api/v1/lists/{id}</c>.</summary>
public sealed record ListRequest
{
    /// <summary>1–80 characters.</summary>
    public string? Name { get; init; }

    /// <summary>False (the default): only members see the list.</summary>
    public bool IsPublic { get; init; }
}
