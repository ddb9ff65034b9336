using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using MovieRecommender.Web.Security;

namespace MovieRecommender.Web.OpenApi;

/// <summary>
/// Document-level metadata the generator cannot infer: a product title and description, tag descriptions, the
/// admin key security scheme, and server URLs without the trailing slash (relative paths already start with one).
/// </summary>
public sealed class ApiDocumentTransformer : IOpenApiDocumentTransformer
{
    public const string AdminKeySchemeName = "AdminKey";
    public const string BearerSchemeName = "Bearer";
    public const string CookieSchemeName = "Cookie";

    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["RecommendationsApi"] = "Films like one or more seed films, as JSON or CSV, with filters, paging and variety (MMR).",
        ["SearchApi"] = "Title autocomplete (fuzzy, accent- and typo-tolerant).",
        ["MoviesApi"] = "Film details and the top-rated list.",
        ["HealthApi"] = "Liveness and readiness for load balancers and monitors.",
        ["ModelStatusApi"] = "Model loading progress, polled by the loading page.",
        ["ModelEventsApi"] = "Model status as server-sent events: progress while loading, reload notices, heartbeats.",
        ["AdminApi"] = "Operator endpoints (only when Admin:Enabled; X-Admin-Key header).",
        ["AdminExperimentsApi"] = "A/B experiment results: exposures, impressions, clicks, CTR with 95% intervals, tests and the sample-ratio check (X-Admin-Key header).",
        ["AdminEventCountsApi"] = "This server's event counts for the analytics page: server-sent events, and the same counts as JSON for polling (admin key or admin cookie).",
        ["EventsApi"] = "Impression and click events from the film lists (navigator.sendBeacon); 202 at once, stored in the background.",
        ["Accounts"] = "ASP.NET Core Identity: register, sign in with a cookie or a bearer token, refresh, sign out.",
        ["MeApi"] = "The signed-in user's ratings, likes, watchlist, watched films and history.",
        ["MeAccountApi"] = "The signed-in user's data as a whole: export it, or delete the account.",
        ["ForYouApi"] = "Personal recommendations from the signed-in user's whole profile, each with its reasons.",
        ["ImportApi"] = "Import a Letterboxd export (zip or CSV) or an IMDb ratings CSV into the signed-in user's lists.",
        ["ProfilesApi"] = "Profiles: the user's own handle and visibility, other people's public profiles, and films two friends both want to see.",
        ["FollowsApi"] = "Follow, unfollow, block and unblock people by handle, and the feed of the people the user follows.",
        ["ReviewsApi"] = "Short text reviews with a spoiler flag: the user's own and a film's visible ones.",
        ["ListsApi"] = "Shared group watchlists: owner and member roles, invite links, films.",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Info.Title = "MovieRecommender API";
        document.Info.Description =
            "Content-based film recommendations (TF-IDF over keywords, genres, cast, crew, companies and overview). " +
            "Errors are RFC 7807 problem details; a 429 carries Retry-After; 503 while the model loads.";

        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            if (tag.Name is not null && TagDescriptions.TryGetValue(tag.Name, out var description))
            {
                tag.Description = description;
            }
        }

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[AdminKeySchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = AdminKeyValidator.HeaderName,
            Description = "The Admin:ApiKey setting, sent as a header (never in the URL).",
        };
        document.Components.SecuritySchemes[BearerSchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "accessToken from POST /api/v1/auth/login (renew with /api/v1/auth/refresh).",
        };
        document.Components.SecuritySchemes[CookieSchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = Accounts.AccountCookie.Name,
            Description = "The sign-in cookie (POST /api/v1/auth/login?useCookies=true); writes also need the X-CSRF-TOKEN header.",
        };
        return Task.CompletedTask;
    }
}
