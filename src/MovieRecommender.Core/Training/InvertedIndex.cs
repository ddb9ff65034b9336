namespace MovieRecommender.Core.Training;

/// <summary>
/// Term → postings (film, weight) built from the film rows (a CSR → CSC transpose). Optionally truncated to each
/// term's highest-weight films, which bounds the work of very common terms on huge catalogs.
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

    public static InvertedIndex Build(SparseMatrix rows, int maxPostingsPerTerm)
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

        var index = new InvertedIndex(offsets, documents, weights);
        return maxPostingsPerTerm < int.MaxValue ? index.Truncate(maxPostingsPerTerm) : index;
    }

    private InvertedIndex Truncate(int maxPostings)
    {
        var termCount = Offsets.Length - 1;
        var offsets = new int[termCount + 1];
        for (var t = 0; t < termCount; t++)
        {
            offsets[t + 1] = offsets[t] + Math.Min(maxPostings, Offsets[t + 1] - Offsets[t]);
        }

        var documents = new int[offsets[termCount]];
        var weights = new float[offsets[termCount]];
        for (var t = 0; t < termCount; t++)
        {
            var length = Offsets[t + 1] - Offsets[t];
            var sourceWeights = Weights.AsSpan(Offsets[t], length);
            var sourceDocuments = Documents.AsSpan(Offsets[t], length);
            var kept = offsets[t + 1] - offsets[t];
            if (kept < length)
            {
                // Keep the films for which the term matters most; negated keys sort by descending weight.
                var keys = new float[length];
                for (var i = 0; i < length; i++)
                {
                    keys[i] = -sourceWeights[i];
                }

                var order = sourceDocuments.ToArray();
                var orderWeights = sourceWeights.ToArray();
                keys.AsSpan().Sort(order.AsSpan());
                for (var i = 0; i < length; i++)
                {
                    orderWeights[i] = -keys[i];
                }

                order.AsSpan(0, kept).CopyTo(documents.AsSpan(offsets[t]));
                orderWeights.AsSpan(0, kept).CopyTo(weights.AsSpan(offsets[t]));
            }
            else
            {
                sourceDocuments.CopyTo(documents.AsSpan(offsets[t]));
                sourceWeights.CopyTo(weights.AsSpan(offsets[t]));
            }
        }

        return new InvertedIndex(offsets, documents, weights);
    }
}
