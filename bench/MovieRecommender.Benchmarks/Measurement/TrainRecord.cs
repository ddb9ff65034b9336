namespace MovieRecommender.Benchmarks.Measurement;

/// <summary>A training measurement saved beside its model, so serving can be re-measured without retraining.</summary>
public sealed record TrainRecord(TrainMeasurement Train, double? LoadAverageAtStart);
