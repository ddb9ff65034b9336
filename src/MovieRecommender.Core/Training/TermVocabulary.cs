using MovieRecommender.Core.Model;

namespace MovieRecommender.Core.Training;

/// <summary>Term index → term, soup field and readable label; the single owner of that mapping.</summary>
public sealed record TermVocabulary(string[] Terms, TermKind[] Kinds, string[] Labels)
{
    public int Count => Terms.Length;
}
