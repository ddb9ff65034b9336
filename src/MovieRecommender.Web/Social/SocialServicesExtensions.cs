namespace MovieRecommender.Web.Social;

public static class SocialServicesExtensions
{
    /// <summary>The web side of profiles, follows, blocks, reviews, the feed and shared lists (stores come with AddAccountsData).</summary>
    public static IServiceCollection AddSocial(this IServiceCollection services)
    {
        services.AddScoped<SocialMapper>();
        services.AddScoped<ListAccess>();
        services.AddScoped<ListJoiner>();
        services.AddScoped<Pages.SocialPageBuilder>();
        return services;
    }
}
