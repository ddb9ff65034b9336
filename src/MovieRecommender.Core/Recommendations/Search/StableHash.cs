namespace MovieRecommender.Core.Recommendations.Search;

/// <summary>
/// 64-bit FNV-1a over UTF-16 code units. Stable across processes (unlike <see cref="string.GetHashCode()"/>),
/// and lets the indexes key millions of names by 8 bytes instead of keeping a second copy of every string.
/// With a few million keys the chance of any collision is about 1e-6; <see cref="HashedPostingIndex"/> checks
/// each film's own string, so a collision costs one comparison and never returns another film.
/// </summary>
internal static class StableHash
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<char> text)
    {
        ulong hash = OffsetBasis;
        foreach (char c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }
}
