using Microsoft.Extensions.Options;
using MovieRecommender.Core.Model;
using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Evaluation.Recommenders;

/// <summary>
/// The engine's profile path (<see cref="IProfileRecommender.RecommendForProfile"/>, what GET /api/v1/me/recommendations
/// serves), queried with the profile's TMDB ids and ratings; results mapped back to catalog indices.
/// </summary>
public sealed class EngineProfileRecommender : IProfileEvaluatedRecommender, IDisposable
{
    private readonly RecommenderService _service;
    private readonly Dictionary<int, int> _indexById;
    private readonly RecommenderModel _model;
    private readonly RecommendationAlgorithm _algorithm;

    public EngineProfileRecommender(string name, RecommenderModel model, RecommendationAlgorithm algorithm)
    {
        ArgumentNullException.ThrowIfNull(model);
        Name = name;
        _model = model;
        _algorithm = algorithm;
        _indexById = Enumerable.Range(0, model.MovieCount).ToDictionary(model.Table.IdAt);
        _service = new RecommenderService(Options.Create(new RecommenderOptions()), TimeProvider.System);
        _service.UseModel(model, TimeSpan.Zero);
    }

    public string Name { get; }

    public IReadOnlyList<int> Recommend(IReadOnlyList<(int Film, float Rating)> profile, int count)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var result = _service.RecommendForProfile(new ProfileRecommendationRequest
        {
            Ratings = [.. profile.Select(p => new RatedFilm(_model.Table.IdAt(p.Film), p.Rating))],
            Count = count,
            Algorithm = _algorithm,
        });
        return [.. result.Items.Select(r => _indexById[r.Movie.Id])];
    }

    public void Dispose() => _service.Dispose();
}
