using MovieRecommender.Core.Model;

namespace MovieRecommender.Core.Recommendations;

/// <summary>One reason a film was recommended: a shared feature and how much it contributed.</summary>
public sealed record ExplanationItem(TermKind Kind, string Value, double Weight);
