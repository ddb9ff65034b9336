namespace MovieRecommender.Web.Middleware;

/// <summary>Adds CSP and the other hardening headers to every response.</summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IHostEnvironment environment)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data: https://image.tmdb.org; script-src 'self'; style-src 'self'; " +
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /// <summary>The Scalar API reference (Development only) needs inline bootstrapping code and styles.</summary>
    public const string ApiReferenceContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data: https:; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; " +
        "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public const string ApiReferencePath = "/scalar";

    public Task InvokeAsync(HttpContext context)
    {
        // Set when the response starts: the exception handler clears headers before re-executing.
        context.Response.OnStarting(() =>
        {
            Apply(context);
            return Task.CompletedTask;
        });
        return next(context);
    }

    private void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        var relaxed = environment.IsDevelopment() && context.Request.Path.StartsWithSegments(ApiReferencePath, StringComparison.OrdinalIgnoreCase);
        headers.ContentSecurityPolicy = relaxed ? ApiReferenceContentSecurityPolicy : ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers.XFrameOptions = "DENY";
    }
}
