using MovieRecommender.Core.Model;

namespace MovieRecommender.Core.Text;

/// <summary>One weighted term of a film's soup, with the field it came from and a readable label.</summary>
public readonly record struct SoupToken(string Term, TermKind Kind, string Label, float Weight);
