using MovieRecommender.Core.Catalog;
using MovieRecommender.Evaluation.Content;

namespace MovieRecommender.Evaluation.Recommenders;

/// <summary>
/// The original app's way to recommend for several films: add up their full content-similarity rows (every rated
/// film alike, as it knew no ratings) and take the best films outside the profile.
/// </summary>
public sealed class SummedRowsProfileRecommender(string name, IReadOnlyList<Movie> catalog, SoupSettings settings) : IProfileEvaluatedRecommender
{
    private readonly ContentVectors _vectors = ContentVectors.Build(catalog, settings);

    public string Name { get; } = name;

    public IReadOnlyList<int> Recommend(IReadOnlyList<(int Film, float Rating)> profile, int count)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var sum = new double[_vectors.FilmCount];
        foreach (var (film, _) in profile)
        {
            var row = _vectors.Row(film);
            for (var i = 0; i < sum.Length; i++)
            {
                sum[i] += row[i];
            }
        }

        var excluded = profile.Select(p => p.Film).ToHashSet();
        return [.. Enumerable.Range(0, sum.Length).Where(i => !excluded.Contains(i))
            .OrderByDescending(i => sum[i]).ThenBy(i => i).Take(count)];
    }
}
