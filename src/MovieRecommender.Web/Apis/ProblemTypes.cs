namespace MovieRecommender.Web.Apis;

/// <summary>Stable problem "type" URIs and titles clients can switch on.</summary>
public static class ProblemTypes
{
    public const string ModelLoading = "urn:movierecommender:problem:model-loading";
    public const string ModelLoadingTitle = "The recommendation model is loading";
    public const string NotFound = "urn:movierecommender:problem:not-found";
    public const string TitleNotFound = "urn:movierecommender:problem:title-not-found";
    public const string TitleNotFoundTitle = "Film not found";
    public const string TooManyRequests = "urn:movierecommender:problem:too-many-requests";
    public const string TooManyRequestsTitle = "Too many requests";
    public const string InvalidParameters = "urn:movierecommender:problem:invalid-parameters";
    public const string Forbidden = "urn:movierecommender:problem:forbidden";
    public const string ForbiddenTitle = "Forbidden";
    public const string LiveUnavailable = "urn:movierecommender:problem:live-unavailable";
    public const string LiveUnavailableTitle = "Live updates unavailable";
    public const string ServerError = "urn:movierecommender:problem:server-error";

    /// <summary>Seconds a client should wait before asking again while the model loads.</summary>
    public const int LoadingRetryAfterSeconds = 5;
}
