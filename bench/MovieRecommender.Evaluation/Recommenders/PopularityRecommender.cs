using MovieRecommender.Core.Catalog;

namespace MovieRecommender.Evaluation.Recommenders;

/// <summary>Baseline: the same most popular films for every seed, minus the seed.</summary>
public sealed class PopularityRecommender : IEvaluatedRecommender
{
    private readonly int[] _byPopularity;

    /// <param name="name">Label for the report.</param>
    /// <param name="catalog">Films in dense-index order.</param>
    /// <param name="popularity">The popularity measure, e.g. vote count or TMDB's popularity score.</param>
    public PopularityRecommender(string name, IReadOnlyList<Movie> catalog, Func<Movie, double> popularity)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(popularity);
        Name = name;
        _byPopularity = [.. Enumerable.Range(0, catalog.Count).OrderByDescending(i => popularity(catalog[i])).ThenBy(i => i)];
    }

    /// <param name="name">Label for the report.</param>
    /// <param name="scores">Popularity of each film, by catalog index.</param>
    public PopularityRecommender(string name, double[] scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        Name = name;
        _byPopularity = [.. Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ThenBy(i => i)];
    }

    public string Name { get; }

    public IReadOnlyList<int> Recommend(int seedIndex, int count) =>
        [.. _byPopularity.Where(i => i != seedIndex).Take(count)];
}
