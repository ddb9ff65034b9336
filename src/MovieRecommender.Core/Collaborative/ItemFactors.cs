namespace MovieRecommender.Core.Collaborative;

/// <summary>
/// ALS film factors, stored only for films that have ratings (a million-film catalog with a few thousand rated
/// films must not pay for a million zero rows). <see cref="RowOf"/> maps a catalog index to its factor row or -1.
/// <see cref="Gram"/> is YᵀY over all rows (k × k, row-major), kept so a user can be folded in per request without
/// touching every film. <see cref="Alpha"/> and <see cref="Regularization"/> are the training values fold-in reuses.
/// </summary>
public sealed class ItemFactors
{
    public required int FactorCount { get; init; }

    public required double Regularization { get; init; }

    public required double Alpha { get; init; }

    /// <summary>Length = catalog size: factor row of each film, or -1 when the film had no ratings.</summary>
    public required int[] RowOf { get; init; }

    /// <summary>rows × <see cref="FactorCount"/> values, row-major.</summary>
    public required float[] Factors { get; init; }

    /// <summary>YᵀY, <see cref="FactorCount"/>² values, row-major.</summary>
    public required double[] Gram { get; init; }

    public int RowCount => FactorCount == 0 ? 0 : Factors.Length / FactorCount;

    public bool Has(int film) => (uint)film < (uint)RowOf.Length && RowOf[film] >= 0;

    public ReadOnlySpan<float> Of(int film)
    {
        int row = RowOf[film];
        return row < 0 ? ReadOnlySpan<float>.Empty : Factors.AsSpan(row * FactorCount, FactorCount);
    }

    /// <summary>Cosine of two films' factor vectors; 0 when either has none.</summary>
    public double Cosine(int first, int second)
    {
        ReadOnlySpan<float> a = Of(first);
        ReadOnlySpan<float> b = Of(second);
        if (a.IsEmpty || b.IsEmpty)
        {
            return 0;
        }

        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.Length; i++)
        {
            dot += (double)a[i] * b[i];
            normA += (double)a[i] * a[i];
            normB += (double)b[i] * b[i];
        }

        return normA > 0 && normB > 0 ? dot / Math.Sqrt(normA * normB) : 0;
    }

    /// <summary>Dot product of a user vector with a film's factors; 0 when the film has none.</summary>
    public double Score(ReadOnlySpan<double> user, int film)
    {
        ReadOnlySpan<float> factors = Of(film);
        double sum = 0;
        for (int i = 0; i < factors.Length; i++)
        {
            sum += user[i] * factors[i];
        }

        return sum;
    }
}
