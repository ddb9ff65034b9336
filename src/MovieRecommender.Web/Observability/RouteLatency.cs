namespace MovieRecommender.Web.Observability;

/// <summary>Request count and latency percentiles (seconds) of one route since the process started.</summary>
public sealed record RouteLatency(string Route, long Requests, double P50Seconds, double P99Seconds);
