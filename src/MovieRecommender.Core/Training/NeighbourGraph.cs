namespace MovieRecommender.Core.Training;

/// <summary>Top-K neighbours of every film in CSR form, each list sorted by descending cosine.</summary>
public sealed record NeighbourGraph(int[] Offsets, int[] Indices, float[] Scores)
{
    public int RowCount => Offsets.Length - 1;

    public ReadOnlySpan<int> NeighboursOf(int row) => Indices.AsSpan(Offsets[row], Offsets[row + 1] - Offsets[row]);

    public ReadOnlySpan<float> ScoresOf(int row) => Scores.AsSpan(Offsets[row], Offsets[row + 1] - Offsets[row]);
}
