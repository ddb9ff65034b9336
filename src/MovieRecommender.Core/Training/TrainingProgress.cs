namespace MovieRecommender.Core.Training;

/// <summary>Progress of one stage, <see cref="Fraction"/> from 0 to 1.</summary>
public readonly record struct TrainingProgress(TrainingStage Stage, double Fraction, string? Detail = null);
