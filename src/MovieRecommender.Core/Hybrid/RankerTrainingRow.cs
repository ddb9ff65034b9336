using Microsoft.ML.Data;

namespace MovieRecommender.Core.Hybrid;

/// <summary>One (query, candidate) example as ML.NET reads it: graded label, query id and the feature vector.</summary>
internal sealed class RankerTrainingRow
{
    public float Label { get; set; }

    public uint QueryId { get; set; }

    [VectorType(HybridFeatures.Count)]
    public float[] Features { get; set; } = [];
}
