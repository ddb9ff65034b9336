using MovieRecommender.Core.Model;

namespace MovieRecommender.Web.Caching;

/// <summary>One reason of a cached recommendation, as stored in the page cache.</summary>
public sealed record CachedExplanation(TermKind Kind, string Value, double Weight);
