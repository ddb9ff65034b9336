using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;
using MovieRecommender.Web.Filters;

namespace MovieRecommender.Web.OpenApi;

/// <summary>
/// Per-operation metadata that follows from the endpoint's attributes rather than being repeated on each action:
/// a stable operationId from method and path (aliases such as /api/search and /api/v1/search each get their own),
/// the 429 every rate-limited endpoint can answer, the 503 of endpoints that need the model, and the admin key
/// requirement. Public operations declare an empty security requirement: no authentication, on purpose.
/// </summary>
public sealed class ApiOperationTransformer : IOpenApiOperationTransformer
{
    private const string TooManyRequests = "429";
    private const string ServiceUnavailable = "503";
    private static readonly char[] PathSeparators = ['/', '.', '-'];

    // MapIdentityApi's endpoints come without summaries.
    private static readonly Dictionary<string, string> IdentitySummaries = new(StringComparer.OrdinalIgnoreCase)
    {
        ["api/v1/auth/register"] = "Creates an account; 400 names each failed e-mail or password rule.",
        ["api/v1/auth/login"] = "Signs in: a bearer token, or with useCookies=true the sign-in cookie; 401 on bad credentials or lockout.",
        ["api/v1/auth/refresh"] = "Exchanges a refresh token for a new access token.",
        ["api/v1/auth/confirmEmail"] = "Confirms an e-mail address from a confirmation link.",
        ["api/v1/auth/resendConfirmationEmail"] = "Sends the confirmation e-mail again.",
        ["api/v1/auth/forgotPassword"] = "Starts a password reset.",
        ["api/v1/auth/resetPassword"] = "Sets a new password with a reset code.",
        ["api/v1/auth/manage/2fa"] = "Reads or changes two-factor authentication.",
        ["api/v1/auth/manage/info"] = "Reads or changes the account's e-mail and password.",
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        // A named endpoint (MapIdentityApi's confirmEmail) lends its name to every method it answers; the HEAD twin of
        // a GET needs its own id or the document holds two operations with one id.
        operation.OperationId = operation.OperationId is null || HttpMethods.IsHead(description.HttpMethod ?? string.Empty)
            ? OperationId(description.HttpMethod, description.RelativePath)
            : operation.OperationId;
        operation.Responses ??= new OpenApiResponses();

        if (metadata.OfType<EnableRateLimitingAttribute>().Any() && !operation.Responses.ContainsKey(TooManyRequests))
        {
            operation.Responses[TooManyRequests] = new OpenApiResponse
            {
                Description = "Too many requests from this client; retry after the number of seconds in Retry-After.",
            };
        }

        if (metadata.OfType<RequiresModelAttribute>().Any() && !operation.Responses.ContainsKey(ServiceUnavailable))
        {
            operation.Responses[ServiceUnavailable] = new OpenApiResponse
            {
                Description = "The model is still loading; retry after the number of seconds in Retry-After.",
            };
        }

        if (string.IsNullOrWhiteSpace(operation.Summary) && IdentitySummaries.TryGetValue(description.RelativePath ?? string.Empty, out var summary))
        {
            operation.Summary = summary;
        }

        var requirement = new OpenApiSecurityRequirement();
        if (metadata.OfType<AdminAccessAttribute>().Any())
        {
            requirement[new OpenApiSecuritySchemeReference(ApiDocumentTransformer.AdminKeySchemeName, context.Document)] = [];
        }
        else if (metadata.OfType<IAuthorizeData>().Any())
        {
            // Either one: a bearer token, or the sign-in cookie.
            operation.Security =
            [
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiDocumentTransformer.BearerSchemeName, context.Document)] = [] },
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiDocumentTransformer.CookieSchemeName, context.Document)] = [] },
            ];
            return Task.CompletedTask;
        }

        operation.Security = [requirement];
        return Task.CompletedTask;
    }

    /// <summary>"GET" + "api/v1/movies/{id}" → "getApiV1MoviesById"; "api/v1/recommendations.csv" → "…RecommendationsCsv".</summary>
    public static string OperationId(string? httpMethod, string? relativePath)
    {
        var id = new StringBuilder((httpMethod ?? "get").ToLowerInvariant());
        foreach (var segment in (relativePath ?? string.Empty).Split(PathSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = segment.StartsWith('{')
                ? "By" + Capitalize(segment.Trim('{', '}').Split(':')[0])
                : Capitalize(segment);
            id.Append(word);
        }

        return id.ToString();
    }

    private static string Capitalize(string word) =>
        word.Length == 0 ? word : char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..];
}
