namespace MovieRecommender.Core.Recommendations;

/// <summary>
/// Sorts a posting list (films with a weight each) heaviest first, ties by film index. Each entry is packed into
/// one <see cref="ulong"/> whose ascending order is that order, so the sort runs on primitives: several times
/// faster than sorting the weights with the films as items, which dominated building the term postings of a
/// million films, and deterministic where that sort left ties in any order.
/// </summary>
internal static class PostingOrder
{
    private const uint SignBit = 0x8000_0000u;
    private const int HalfBits = 32;

    /// <param name="movies">Film of each entry, reordered in place.</param>
    /// <param name="weights">Weight of each entry, reordered in place; finite.</param>
    /// <param name="scratch">At least as long as the list.</param>
    public static void SortHeaviestFirst(Span<int> movies, Span<float> weights, Span<ulong> scratch)
    {
        var packed = scratch[..movies.Length];
        for (int i = 0; i < packed.Length; i++)
        {
            packed[i] = ((ulong)~Ascending(weights[i]) << HalfBits) | (uint)movies[i];
        }

        packed.Sort();
        for (int i = 0; i < packed.Length; i++)
        {
            movies[i] = (int)(uint)packed[i];
            weights[i] = FromAscending(~(uint)(packed[i] >> HalfBits));
        }
    }

    /// <summary>The float's bits mapped so that unsigned order is numeric order (negatives flipped, positives signed).</summary>
    internal static uint Ascending(float weight)
    {
        uint bits = BitConverter.SingleToUInt32Bits(weight);
        return (bits & SignBit) != 0 ? ~bits : bits | SignBit;
    }

    internal static float FromAscending(uint key) =>
        BitConverter.UInt32BitsToSingle((key & SignBit) != 0 ? key & ~SignBit : ~key);
}
