namespace MovieRecommender.Web.Sharing;

public static class SharingExtensions
{
    /// <summary>Share-card rendering, its poster fetcher and cache, and their settings (section <c>Sharing</c>).</summary>
    public static IServiceCollection AddSharing(this IServiceCollection services)
    {
        services.AddOptions<SharingSettings>().BindConfiguration(SharingSettings.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(PosterFetcher.ClientName);
        services.AddSingleton<PosterFetcher>();
        services.AddSingleton<ShareCardRenderer>();
        services.AddSingleton<ShareImageService>();
        return services;
    }
}
