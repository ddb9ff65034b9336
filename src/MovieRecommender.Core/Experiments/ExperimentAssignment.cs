namespace MovieRecommender.Core.Experiments;

/// <summary>The experiment and variant a subject (visitor or user) is in.</summary>
public sealed record ExperimentAssignment(ExperimentDefinition Experiment, ExperimentVariant Variant);
