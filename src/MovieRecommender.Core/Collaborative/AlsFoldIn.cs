using MathNet.Numerics.LinearAlgebra;

namespace MovieRecommender.Core.Collaborative;

/// <summary>
/// Folds a user who was not part of training into the ALS space from their ratings alone: one k × k Cholesky solve
/// of (YᵀY + λI + Σ (c − 1) y yᵀ) x = Σ c y with MathNet, the same normal equations training solves for every user.
/// YᵀY comes precomputed with the factors, so the cost grows with the user's ratings, not with the catalog.
/// </summary>
public static class AlsFoldIn
{
    /// <summary>The user's factor vector, or null when none of the rated films has factors.</summary>
    public static double[]? Solve(ItemFactors factors, IReadOnlyList<(int Film, float Rating)> ratings)
    {
        ArgumentNullException.ThrowIfNull(factors);
        ArgumentNullException.ThrowIfNull(ratings);
        int k = factors.FactorCount;
        // Dense(rows, columns, storage) adopts the array without copying: clone so the shared Gram stays untouched.
        // (YᵀY is symmetric, so MathNet's column-major reading of a row-major array is the same matrix.)
        var a = Matrix<double>.Build.Dense(k, k, (double[])factors.Gram.Clone());
        var b = Vector<double>.Build.Dense(k);
        bool any = false;
        foreach (var (film, rating) in ratings)
        {
            if (!factors.Has(film) || !float.IsFinite(rating))
            {
                continue;
            }

            any = true;
            ReadOnlySpan<float> y = factors.Of(film);
            double confidence = 1 + (factors.Alpha * rating);
            for (int row = 0; row < k; row++)
            {
                b[row] += confidence * y[row];
                double scaled = (confidence - 1) * y[row];
                for (int column = 0; column < k; column++)
                {
                    a[row, column] += scaled * y[column];
                }
            }
        }

        if (!any)
        {
            return null;
        }

        for (int d = 0; d < k; d++)
        {
            a[d, d] += factors.Regularization;
        }

        return a.Cholesky().Solve(b).ToArray();
    }
}
