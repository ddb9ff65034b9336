using MovieRecommender.Core.Catalog;
using MovieRecommender.Evaluation.Content;

namespace MovieRecommender.Evaluation.Recommenders;

/// <summary>
/// The experimental content model: the seed's top-<see cref="CandidatePool"/> cosine neighbours (as the product
/// stores K = 50 per film), optionally re-scored with a popularity prior and re-ranked with MMR.
/// </summary>
public sealed class ContentRecommender : IEvaluatedRecommender
{
    public const int CandidatePool = 50;

    private readonly ContentVectors _vectors;
    private readonly SoupSettings _settings;
    private readonly double[] _popularity;

    public ContentRecommender(string name, IReadOnlyList<Movie> catalog, SoupSettings settings)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Name = name;
        _settings = settings;
        _vectors = ContentVectors.Build(catalog, settings);
        var maxVotes = Math.Log(1 + catalog.Max(m => m.VoteCount));
        _popularity = [.. catalog.Select(m => Math.Log(1 + m.VoteCount) / maxVotes)];
    }

    public string Name { get; }

    public int TermCount => _vectors.TermCount;

    public IReadOnlyList<int> Recommend(int seedIndex, int count)
    {
        var candidates = _vectors.Neighbours(seedIndex, CandidatePool)
            .Select(n => (n.Film, Score: n.Score + (_settings.PopularityPrior * _popularity[n.Film])))
            .OrderByDescending(c => c.Score)
            .ToList();
        return _settings.Diversity > 0
            ? MaximalMarginalRelevance(candidates, count)
            : [.. candidates.Take(count).Select(c => c.Film)];
    }

    // Greedy MMR: (1 − λ)·relevance − λ·(highest cosine to an already chosen film).
    private List<int> MaximalMarginalRelevance(List<(int Film, double Score)> candidates, int count)
    {
        var lambda = _settings.Diversity;
        var chosen = new List<int>(count);
        var remaining = new List<(int Film, double Score)>(candidates);
        while (chosen.Count < count && remaining.Count > 0)
        {
            var bestIndex = 0;
            var bestValue = double.NegativeInfinity;
            for (var i = 0; i < remaining.Count; i++)
            {
                var redundancy = chosen.Count == 0 ? 0 : chosen.Max(c => _vectors.Cosine(c, remaining[i].Film));
                var value = ((1 - lambda) * remaining[i].Score) - (lambda * redundancy);
                if (value > bestValue)
                {
                    (bestValue, bestIndex) = (value, i);
                }
            }

            chosen.Add(remaining[bestIndex].Film);
            remaining.RemoveAt(bestIndex);
        }

        return chosen;
    }
}
