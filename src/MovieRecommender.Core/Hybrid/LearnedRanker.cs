using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace MovieRecommender.Core.Hybrid;

/// <summary>
/// The learned ranker of the hybrid: an ML.NET LightGBM LambdaRank model, kept as the ML.NET model file it was saved
/// as (<see cref="ModelBytes"/>, the model folder's <c>ranker.zip</c>) and scored in-process through its compiled trees.
/// </summary>
public sealed class LearnedRanker
{
    private readonly CompiledTreeEnsemble _trees;

    private LearnedRanker(byte[] modelBytes, CompiledTreeEnsemble trees)
    {
        ModelBytes = modelBytes;
        _trees = trees;
    }

    /// <summary>The ML.NET model file (a zip), exactly as written to and read from the model folder.</summary>
    public byte[] ModelBytes { get; }

    public int TreeCount => _trees.TreeCount;

    /// <summary>Relevance score of one candidate's <see cref="HybridFeatures"/> vector: higher ranks first.</summary>
    public double Score(ReadOnlySpan<float> features) => _trees.Score(features);

    /// <summary>Loads an ML.NET ranking model saved by <see cref="RankerTrainer"/>.</summary>
    /// <exception cref="InvalidDataException">The bytes are not such a model, or it reads features this version does not produce.</exception>
    public static LearnedRanker Load(byte[] modelBytes)
    {
        ArgumentNullException.ThrowIfNull(modelBytes);
        ITransformer transformer;
        try
        {
            using var stream = new MemoryStream(modelBytes, writable: false);
            transformer = new MLContext().Model.Load(stream, out _);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // ML.NET reports a damaged or foreign file with several exception types (format, argument, invalid operation).
            throw new InvalidDataException($"not an ML.NET model: {ex.Message}", ex);
        }

        var ranking = FindRanking(transformer)
            ?? throw new InvalidDataException("the ML.NET model holds no LightGBM ranking model.");
        var trees = CompiledTreeEnsemble.From(ranking.Model.TrainedTreeEnsemble);
        if (trees.FeatureCount > HybridFeatures.Count)
        {
            throw new InvalidDataException(
                $"the ranker reads feature #{trees.FeatureCount - 1} but this version produces {HybridFeatures.Count} features.");
        }

        return new LearnedRanker(modelBytes, trees);
    }

    private static RankingPredictionTransformer<LightGbmRankingModelParameters>? FindRanking(ITransformer transformer) => transformer switch
    {
        RankingPredictionTransformer<LightGbmRankingModelParameters> ranking => ranking,
        TransformerChain<ITransformer> chain => chain.Select(FindRanking).LastOrDefault(r => r is not null),
        _ => null,
    };
}
