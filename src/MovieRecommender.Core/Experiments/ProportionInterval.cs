namespace MovieRecommender.Core.Experiments;

/// <summary>A point estimate with its confidence interval.</summary>
public sealed record ProportionInterval(double Estimate, double Lower, double Upper);
