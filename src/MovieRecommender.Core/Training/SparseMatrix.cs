namespace MovieRecommender.Core.Training;

/// <summary>
/// Compressed sparse rows of float weights: row r's entries are at [RowOffsets[r], RowOffsets[r+1]) with column
/// indices ascending. Flat arrays so a million rows cost three allocations, not a million.
/// </summary>
public sealed class SparseMatrix
{
    public SparseMatrix(int columnCount, int[] rowOffsets, int[] columnIndices, float[] values)
    {
        ArgumentNullException.ThrowIfNull(rowOffsets);
        ArgumentNullException.ThrowIfNull(columnIndices);
        ArgumentNullException.ThrowIfNull(values);
        if (rowOffsets.Length == 0 || columnIndices.Length != values.Length || rowOffsets[^1] != values.Length)
        {
            throw new ArgumentException("Offsets, indices and values are inconsistent.", nameof(rowOffsets));
        }

        ColumnCount = columnCount;
        RowOffsets = rowOffsets;
        ColumnIndices = columnIndices;
        Values = values;
    }

    public int RowCount => RowOffsets.Length - 1;

    public int ColumnCount { get; }

    public int[] RowOffsets { get; }

    public int[] ColumnIndices { get; }

    public float[] Values { get; }

    public long NonZeroCount => Values.LongLength;

    public ReadOnlySpan<int> RowIndices(int row) => ColumnIndices.AsSpan(RowOffsets[row], RowOffsets[row + 1] - RowOffsets[row]);

    public ReadOnlySpan<float> RowValues(int row) => Values.AsSpan(RowOffsets[row], RowOffsets[row + 1] - RowOffsets[row]);

    /// <summary>Dot product of two rows by merging their sorted column lists.</summary>
    public float Dot(int row, int otherRow)
    {
        var a = RowIndices(row);
        var av = RowValues(row);
        var b = RowIndices(otherRow);
        var bv = RowValues(otherRow);
        float sum = 0;
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            var ai = a[i];
            var bj = b[j];
            if (ai == bj)
            {
                sum += av[i++] * bv[j++];
            }
            else if (ai < bj)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }
}
