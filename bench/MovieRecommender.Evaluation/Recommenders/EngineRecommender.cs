using Microsoft.Extensions.Options;
using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Model;
using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Evaluation.Recommenders;

/// <summary>
/// The product's engine end to end (candidate pool, ranking, MMR) over a trained model, queried by TMDB id as
/// the API does; results are mapped back to catalog indices.
/// </summary>
public sealed class EngineRecommender : IEvaluatedRecommender, IDisposable
{
    private readonly RecommenderService _service;
    private readonly Dictionary<int, int> _indexById;
    private readonly IReadOnlyList<Movie> _catalog;
    private readonly double _diversity;
    private readonly RecommendationAlgorithm _algorithm;

    public EngineRecommender(string name, RecommenderModel model, double diversity, double popularityPrior,
        RecommendationAlgorithm algorithm = RecommendationAlgorithm.Content)
    {
        ArgumentNullException.ThrowIfNull(model);
        Name = name;
        _catalog = model.Movies;
        _diversity = diversity;
        _algorithm = algorithm;
        _indexById = Enumerable.Range(0, model.MovieCount).ToDictionary(model.Table.IdAt);
        _service = new RecommenderService(
            Options.Create(new RecommenderOptions { PopularityPrior = popularityPrior }), TimeProvider.System);
        _service.UseModel(model, TimeSpan.Zero);
    }

    public string Name { get; }

    public IReadOnlyList<int> Recommend(int seedIndex, int count)
    {
        var result = _service.Recommend(new RecommendationRequest
        {
            SeedIds = [_catalog[seedIndex].Id], Count = count, Diversity = _diversity, Algorithm = _algorithm,
        });
        return [.. result.Items.Select(r => _indexById[r.Movie.Id])];
    }

    public void Dispose() => _service.Dispose();
}
