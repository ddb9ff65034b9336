namespace MovieRecommender.Core.Recommendations.Search;

/// <summary>A half-open range [Start, End) of word ids in the sorted vocabulary: every word with some prefix.</summary>
internal readonly record struct WordRange(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public bool Contains(int wordId) => wordId >= Start && wordId < End;
}
