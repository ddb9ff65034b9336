namespace MovieRecommender.Web.Tests.Observability;

/// <summary>One sample of a scrape as the Prometheus parser read it.</summary>
public sealed record PrometheusSample(string Family, string Type, string Name, IReadOnlyDictionary<string, string> Labels, double Value);
