namespace MovieRecommender.Web.WhereToWatch;

/// <summary>The streaming services a visitor saved as theirs (TMDB provider ids), for "only films on my services".</summary>
public interface IWatchServicesStore
{
    IReadOnlyList<int> Read(HttpContext context);

    void Save(HttpContext context, IReadOnlyList<int> providerIds);
}
