using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Model;
using MovieRecommender.Core.Training;

namespace MovieRecommender.Evaluation.Recommenders;

/// <summary>
/// The product's trainer, in process: builds a <see cref="RecommenderModel"/> with the given options and ranks a
/// seed's stored neighbours, optionally adding the popularity prior the evaluation proposes for the engine.
/// </summary>
public sealed class TrainerRecommender : IEvaluatedRecommender
{
    private readonly RecommenderModel _model;
    private readonly double _popularityPrior;
    private readonly double[] _popularity;

    public TrainerRecommender(string name, IReadOnlyList<Movie> catalog, ModelBuildOptions options, double popularityPrior = 0)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Name = name;
        _model = RecommenderModelBuilder.Build(catalog, options).Model;
        _popularityPrior = popularityPrior;
        var maxVotes = Math.Log(1 + catalog.Max(m => m.VoteCount));
        _popularity = [.. catalog.Select(m => Math.Log(1 + m.VoteCount) / maxVotes)];
    }

    public string Name { get; }

    public RecommenderModel Model => _model;

    public IReadOnlyList<int> Recommend(int seedIndex, int count)
    {
        var neighbours = _model.NeighboursOf(seedIndex);
        var scores = _model.NeighbourScoresOf(seedIndex);
        var ranked = new (int Film, double Score)[neighbours.Length];
        for (var i = 0; i < neighbours.Length; i++)
        {
            ranked[i] = (neighbours[i], scores[i] + (_popularityPrior * _popularity[neighbours[i]]));
        }

        return [.. ranked.OrderByDescending(r => r.Score).Take(count).Select(r => r.Film)];
    }
}
