using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using MovieRecommender.Core.Collaborative;
using MovieRecommender.Data;
using MovieRecommender.Data.Identity;
using MovieRecommender.Data.Registration;
using MovieRecommender.Web.Social;

namespace MovieRecommender.Web.Accounts;

public static class AccountsServicesExtensions
{
    /// <summary>Application name of the data-protection key ring: every instance sharing the database shares the keys.</summary>
    public const string DataProtectionApplicationName = "MovieRecommender";

    /// <summary>Header the site's scripts send the antiforgery token in, for cookie-authenticated API writes.</summary>
    public const string AntiforgeryHeaderName = "X-CSRF-TOKEN";

    /// <summary>
    /// The accounts database (SQLite by default, PostgreSQL with <c>Accounts:Provider=postgres</c>, migrated at start),
    /// the data-protection key ring stored in it (so sign-ins survive restarts), and ASP.NET Core Identity with both
    /// the sign-in cookie (pages) and bearer tokens (API clients).
    /// </summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        services.AddAccountsData(environment.ContentRootPath);
        // The users' ratings feed the background retrain of the collaborative part (CollaborativeRetrain settings).
        services.AddSingleton<IAppRatingsSource, AccountsRatingsSource>();
        // The database keeps the key ring by default; with ConnectionStrings:Redis set, AddScaleOut (registered later)
        // points it at Redis instead.
        services.AddDataProtection()
            .SetApplicationName(DataProtectionApplicationName)
            .PersistKeysToDbContext<AccountsDbContext>();

        services.AddIdentityApiEndpoints<AppUser>(ConfigureIdentity).AddEntityFrameworkStores<AccountsDbContext>();
        // Pages and API share one default: a bearer token if sent, else the cookie. Pages that need a signed-in user
        // name the cookie scheme so the challenge is a redirect to the sign-in page; the API's challenge is a 401.
        services.AddAuthentication().AddPolicyScheme(AccountSchemes.Api, "Sign-in cookie or bearer token", o =>
        {
            o.ForwardDefaultSelector = context => IsBearer(context.Request) ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme;
            o.ForwardChallenge = IdentityConstants.BearerScheme;
            o.ForwardForbid = IdentityConstants.BearerScheme;
        });
        // PostConfigure: whatever other registrations set as default (the admin cookie, Identity's own), this wins.
        services.PostConfigure<AuthenticationOptions>(o =>
        {
            o.DefaultScheme = AccountSchemes.Api;
            o.DefaultAuthenticateScheme = AccountSchemes.Api;
            o.DefaultChallengeScheme = AccountSchemes.Api;
        });
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = AccountCookie.Name;
            o.Cookie.HttpOnly = true;
            // Lax: a link from another site arrives signed in; a cross-site POST does not carry the cookie.
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.LoginPath = AccountCookie.LoginPath;
            o.LogoutPath = AccountCookie.LogoutPath;
            o.AccessDeniedPath = AccountCookie.LoginPath;
            o.ExpireTimeSpan = AccountCookie.Lifetime;
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
        });
        services.Configure<AntiforgeryOptions>(o => o.HeaderName = AntiforgeryHeaderName);
        services.AddScoped<Personal.PersonalFilmMapper>();
        services.AddScoped<Personal.PersonalExporter>();
        services.AddScoped<Personal.AccountDeletion>();
        services.AddScoped<Personal.ProfileLoader>();
        services.AddScoped<Personal.PersonalRecommendationMapper>();
        services.AddScoped<Personal.ForYouPageBuilder>();
        services.AddScoped<Personal.MePageBuilder>();
        services.AddScoped<Personal.LetterboxdExporter>();
        services.AddScoped<Personal.Import.PersonalImporter>();
        services.AddSocial();
        return services;
    }

    /// <summary>True when the request authenticates with a bearer token rather than the cookie.</summary>
    public static bool IsBearer(HttpRequest request) =>
        request?.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) == true;

    private static void ConfigureIdentity(IdentityOptions o)
    {
        o.Password.RequiredLength = PasswordRules.MinLength;
        o.Password.RequiredUniqueChars = PasswordRules.MinUniqueCharacters;
        o.Password.RequireDigit = false;
        o.Password.RequireLowercase = false;
        o.Password.RequireUppercase = false;
        o.Password.RequireNonAlphanumeric = false;
        o.Lockout.AllowedForNewUsers = true;
        o.Lockout.MaxFailedAccessAttempts = PasswordRules.MaxFailedAttempts;
        o.Lockout.DefaultLockoutTimeSpan = PasswordRules.LockoutDuration;
        o.User.RequireUniqueEmail = true;
        o.SignIn.RequireConfirmedAccount = false;
    }

    /// <summary>API clients get the status code; browsers on pages get the redirect.</summary>
    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int apiStatus)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = apiStatus;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
