using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using MovieRecommender.Web.Security;
using MovieRecommender.Web.Settings;

namespace MovieRecommender.Web.Extensions;

public static class SecurityExtensions
{
    private static readonly TimeSpan AdminSessionLifetime = TimeSpan.FromHours(8);
    private static readonly TimeSpan HstsMaxAge = TimeSpan.FromDays(365);

    /// <summary>Antiforgery, the admin cookie, the CORS allow-list and HSTS.</summary>
    public static IServiceCollection AddSecurity(this IServiceCollection services)
    {
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "mr_af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
        });
        services.AddAuthentication(AdminAuthentication.Scheme).AddCookie(AdminAuthentication.Scheme, o =>
        {
            o.Cookie.Name = AdminAuthentication.CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = AdminAuthentication.LoginPath;
            o.ExpireTimeSpan = AdminSessionLifetime;
            o.SlidingExpiration = true;
        });
        services.AddAuthorization();
        services.AddSingleton<AdminKeyValidator>();
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<CorsSettings>>((cors, settings) =>
        {
            if (settings.Value.AllowedOrigins.Length > 0)
            {
                cors.AddDefaultPolicy(p => p.WithOrigins(settings.Value.AllowedOrigins)
                    .WithMethods(HttpMethods.Get)
                    .WithHeaders("Content-Type", "X-Correlation-ID")
                    .WithExposedHeaders("Retry-After", "X-Correlation-ID"));
            }
        });
        services.AddHsts(o =>
        {
            o.MaxAge = HstsMaxAge;
            o.IncludeSubDomains = true;
        });
        return services;
    }
}
