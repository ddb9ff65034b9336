using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MovieRecommender.Data.Personal;
using MovieRecommender.Data.Social;

namespace MovieRecommender.Data.Registration;

public static class AccountsDataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the accounts database: <see cref="AccountsOptions"/> (section <c>Accounts</c>, validated at start),
    /// the resolved <see cref="AccountsDatabase"/> (SQLite under <paramref name="contentRootPath"/>'s <c>db/</c> by
    /// default, PostgreSQL when <c>Accounts:Provider=postgres</c>), a pooled <see cref="AccountsDbContext"/>, the
    /// <see cref="IPersonalDataStore"/>, the social stores and the start-up migrator. Identity and data protection are the host's to add
    /// on top (<c>AddEntityFrameworkStores&lt;AccountsDbContext&gt;()</c>, <c>PersistKeysToDbContext&lt;AccountsDbContext&gt;()</c>).
    /// </summary>
    public static IServiceCollection AddAccountsData(this IServiceCollection services, string contentRootPath)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<AccountsOptions>().BindConfiguration(AccountsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(provider => AccountsDatabase.Resolve(
            provider.GetRequiredService<IOptions<AccountsOptions>>().Value,
            provider.GetRequiredService<IConfiguration>().GetConnectionString(AccountsOptions.ConnectionStringName),
            contentRootPath));
        services.AddDbContextPool<AccountsDbContext>((provider, options) =>
            AccountsDbContextOptions.Configure(options, provider.GetRequiredService<AccountsDatabase>()));
        services.AddScoped<IPersonalDataStore, PersonalDataStore>();
        services.AddScoped<ISavedWatchServicesStore, SavedWatchServicesStore>();
        services.AddScoped<ISocialGraphStore, SocialGraphStore>();
        services.AddScoped<IReviewStore, ReviewStore>();
        services.AddScoped<IFriendsStore, FriendsStore>();
        services.AddScoped<ISharedListStore, SharedListStore>();
        services.AddHostedService<AccountsDatabaseMigrator>();
        return services;
    }
}
