namespace MovieRecommender.Core.Training;

/// <summary>
/// Term → postings (film, weight) built from the film rows (a CSR → CSC transpose). Optionally impact-ordered:
/// each list sorted by descending weight, so a search can read only the head of a long list.
/// </summary>
internal sealed class InvertedIndex
{
    private InvertedIndex(int[] offsets, int[] documents, float[] weights)
    {
        Offsets = offsets;
        Documents = documents;
        Weights = weights;
    }

    public int[] Offsets { get; }
    public int[] Documents { get; }
    public float[] Weights { get; }

    /// <summary>Films that contain the term (its posting list length).</summary>
    public int DocumentFrequency(int term) => Offsets[term + 1] - Offsets[term];

    public static InvertedIndex Build(SparseMatrix rows, bool impactOrdered = false, int threads = 1)
    {
        var termCount = rows.ColumnCount;
        var offsets = new int[termCount + 1];
        foreach (var term in rows.ColumnIndices)
        {
            offsets[term + 1]++;
        }

        for (var t = 0; t < termCount; t++)
        {
            offsets[t + 1] += offsets[t];
        }

        var documents = new int[rows.NonZeroCount];
        var weights = new float[rows.NonZeroCount];
        var fill = offsets[..^1].ToArray();
        for (var row = 0; row < rows.RowCount; row++)
        {
            var indices = rows.RowIndices(row);
            var values = rows.RowValues(row);
            for (var k = 0; k < indices.Length; k++)
            {
                var at = fill[indices[k]]++;
                documents[at] = row;
                weights[at] = values[k];
            }
        }

        if (impactOrdered)
        {
            SortByDescendingWeight(offsets, documents, weights, threads);
        }

        return new InvertedIndex(offsets, documents, weights);
    }

    private static void SortByDescendingWeight(int[] offsets, int[] documents, float[] weights, int threads)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) };
        Parallel.For(0, offsets.Length - 1, parallel, term =>
        {
            var listWeights = weights.AsSpan(offsets[term], offsets[term + 1] - offsets[term]);
            var listDocuments = documents.AsSpan(offsets[term], listWeights.Length);
            // Negated keys sort ascending into descending weights; ties keep no particular order, which is harmless.
            for (var i = 0; i < listWeights.Length; i++)
            {
                listWeights[i] = -listWeights[i];
            }

            listWeights.Sort(listDocuments);
            for (var i = 0; i < listWeights.Length; i++)
            {
                listWeights[i] = -listWeights[i];
            }
        });
    }
}
