using System.Runtime.CompilerServices;
using System.Numerics;

namespace MovieRecommender.Core.Recommendations;

/// <summary>
/// Posting-list order: heaviest weight first, ties by film index. Each entry is packed into one <see cref="ulong"/>
/// whose ascending order is that order, so lists are cut and sorted as primitives: several times faster than
/// sorting the weights with the films as items (which dominated building the term postings of a million films),
/// and deterministic where that sort left ties in any order.
/// </summary>
internal static class PostingOrder
{
    private const uint SignBit = 0x8000_0000u;
    private const int HalfBits = 32;

    // Partitions allowed per doubling of the list before the selection gives up on pivots and sorts (introselect).
    private const int PartitionsPerDoubling = 2;

    public static ulong Pack(float weight, int movie) => ((ulong)~Ascending(weight) << HalfBits) | (uint)movie;

    /// <summary>Writes the packed entries' films and weights, in the entries' order.</summary>
    // Runs over the whole catalog once per load: compiled optimised at once rather than first as slow tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Unpack(ReadOnlySpan<ulong> packed, Span<int> movies, Span<float> weights)
    {
        for (int i = 0; i < packed.Length; i++)
        {
            movies[i] = (int)(uint)packed[i];
            weights[i] = FromAscending(~(uint)(packed[i] >> HalfBits));
        }
    }

    /// <summary>Leaves the <paramref name="count"/> heaviest entries first in the list, in order; the rest after them in any order.</summary>
    public static void KeepHeaviest(Span<ulong> packed, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, packed.Length);
        if (count < packed.Length)
        {
            SelectSmallest(packed, count);
        }

        packed[..count].Sort();
    }

    /// <summary>The float's bits mapped so that unsigned order is numeric order (negatives flipped, positives signed).</summary>
    internal static uint Ascending(float weight)
    {
        uint bits = BitConverter.SingleToUInt32Bits(weight);
        return (bits & SignBit) != 0 ? ~bits : bits | SignBit;
    }

    internal static float FromAscending(uint key) =>
        BitConverter.UInt32BitsToSingle((key & SignBit) != 0 ? key & ~SignBit : ~key);

    /// <summary>
    /// Hoare's selection: moves the <paramref name="count"/> smallest values to the front (in any order) in linear
    /// expected time. Median-of-three pivots; after too many partitions it sorts instead, so it is never quadratic.
    /// </summary>
    // Runs over the whole catalog once per load: compiled optimised at once rather than first as slow tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void SelectSmallest(Span<ulong> values, int count)
    {
        if (count <= 0 || count >= values.Length)
        {
            return;
        }

        int target = count - 1;
        int left = 0;
        int right = values.Length - 1;
        int partitionsLeft = PartitionsPerDoubling * (BitOperations.Log2((uint)values.Length) + 1);
        while (right > left)
        {
            if (partitionsLeft-- == 0)
            {
                values[left..(right + 1)].Sort();
                return;
            }

            ulong pivot = MedianOfThree(values[left], values[left + ((right - left) >> 1)], values[right]);
            int i = left;
            int j = right;
            while (i <= j)
            {
                while (values[i] < pivot)
                {
                    i++;
                }

                while (values[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            if (target <= j)
            {
                right = j;
            }
            else if (target >= i)
            {
                left = i;
            }
            else
            {
                return;
            }
        }
    }

    private static ulong MedianOfThree(ulong a, ulong b, ulong c) =>
        a < b ? (b < c ? b : Math.Max(a, c)) : (a < c ? a : Math.Max(b, c));
}
