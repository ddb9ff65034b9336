using MovieRecommender.Core.Training;

namespace MovieRecommender.Core.Updating;

/// <summary>
/// Postings (film, weight) of only the terms some query rows use, over every row: all an exact search for those
/// rows reads, built in one pass over the matrix without transposing the rest.
/// </summary>
internal sealed class TermPostings
{
    private TermPostings(int[] offsets, int[] rows, float[] weights)
    {
        Offsets = offsets;
        Rows = rows;
        Weights = weights;
    }

    public int[] Offsets { get; }

    public int[] Rows { get; }

    public float[] Weights { get; }

    public static TermPostings ForTermsOf(SparseMatrix vectors, IReadOnlyList<int> queryRows)
    {
        var needed = new bool[vectors.ColumnCount];
        foreach (var row in queryRows)
        {
            foreach (var term in vectors.RowIndices(row))
            {
                needed[term] = true;
            }
        }

        var offsets = new int[vectors.ColumnCount + 1];
        foreach (var term in vectors.ColumnIndices)
        {
            if (needed[term])
            {
                offsets[term + 1]++;
            }
        }

        for (var term = 0; term < vectors.ColumnCount; term++)
        {
            offsets[term + 1] += offsets[term];
        }

        var rows = new int[offsets[^1]];
        var weights = new float[offsets[^1]];
        var fill = offsets[..^1];
        for (var row = 0; row < vectors.RowCount; row++)
        {
            var terms = vectors.RowIndices(row);
            var values = vectors.RowValues(row);
            for (var i = 0; i < terms.Length; i++)
            {
                if (needed[terms[i]])
                {
                    var at = fill[terms[i]]++;
                    rows[at] = row;
                    weights[at] = values[i];
                }
            }
        }

        return new TermPostings(offsets, rows, weights);
    }
}
