using Microsoft.AspNetCore.DataProtection;
using MovieRecommender.Data;
using MovieRecommender.Data.Registration;

namespace MovieRecommender.Web.Accounts;

public static class AccountsServicesExtensions
{
    /// <summary>Application name of the data-protection key ring: every instance sharing the database shares the keys.</summary>
    public const string DataProtectionApplicationName = "MovieRecommender";

    /// <summary>
    /// The accounts database (SQLite by default, PostgreSQL with <c>Accounts:Provider=postgres</c>, migrated at start)
    /// and the data-protection key ring stored in it, so sign-in cookies and tokens survive restarts.
    /// </summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        services.AddAccountsData(environment.ContentRootPath);
        services.AddDataProtection()
            .SetApplicationName(DataProtectionApplicationName)
            .PersistKeysToDbContext<AccountsDbContext>();
        return services;
    }
}
