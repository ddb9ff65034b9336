namespace MovieRecommender.Web.Apis.Contracts;

/// <summary>An estimate with its 95% confidence interval.</summary>
public sealed record IntervalDto(double Estimate, double Lower, double Upper);
