using MathNet.Numerics.LinearAlgebra;

namespace MovieRecommender.Core.Collaborative;

/// <summary>
/// Trains <see cref="ItemFactors"/> with implicit-feedback ALS (see <see cref="ImplicitAlsOptions"/>). Each half
/// sweep computes the Gram matrix of the fixed side with MathNet (YᵀY, k × k) and then solves every vector of the
/// other side with conjugate gradient against (YᵀY + λI + Σ (c − 1) y yᵀ), touching only that vector's ratings:
/// the cost per sweep is ratings × k × steps, so 25 million ratings stay within minutes on two cores.
/// </summary>
public static class ImplicitAlsTrainer
{
    private const double InitialScale = 0.01;
    private const double ConvergedResidual = 1e-20;

    public static ItemFactors Train(RatingMatrix ratings, ImplicitAlsOptions options, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        int k = options.Factors;
        var rowOf = new int[ratings.FilmCount];
        int rows = 0;
        for (int film = 0; film < ratings.FilmCount; film++)
        {
            rowOf[film] = ratings.RatingCountOf(film) > 0 ? rows++ : -1;
        }

        // The user → film side in compact film rows, so the solves index the factor array directly.
        var userFilmRows = new int[ratings.RatingCount];
        for (int at = 0; at < userFilmRows.Length; at++)
        {
            userFilmRows[at] = rowOf[ratings.UserFilms[at]];
        }

        var filmOffsets = new int[rows + 1];
        for (int film = 0, row = 0; film < ratings.FilmCount; film++)
        {
            if (rowOf[film] >= 0)
            {
                filmOffsets[row + 1] = ratings.FilmOffsets[film + 1];
                row++;
            }
        }

        var random = new Random(options.Seed);
        var filmFactors = new float[rows * k];
        for (int i = 0; i < filmFactors.Length; i++)
        {
            filmFactors[i] = (float)(NextGaussian(random) * InitialScale);
        }

        var userFactors = new float[ratings.UserCount * k];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.EffectiveThreads, CancellationToken = cancellationToken };
        var users = new Side(ratings.UserOffsets, userFilmRows, ratings.UserRatings);
        var films = new Side(filmOffsets, ratings.FilmUsers, ratings.FilmRatings);
        for (int iteration = 0; iteration < options.Iterations; iteration++)
        {
            SolveSide(users, userFactors, filmFactors, options, parallel);
            SolveSide(films, filmFactors, userFactors, options, parallel);
            progress?.Report((double)(iteration + 1) / options.Iterations);
        }

        return new ItemFactors
        {
            FactorCount = k,
            Regularization = options.Regularization,
            Alpha = options.Alpha,
            RowOf = rowOf,
            Factors = filmFactors,
            Gram = Gram(filmFactors, k),
        };
    }

    /// <summary>YᵀY of a row-major rows × k factor array, computed by MathNet.</summary>
    public static double[] Gram(float[] factors, int k)
    {
        ArgumentNullException.ThrowIfNull(factors);
        int rows = factors.Length / k;
        if (rows == 0)
        {
            return new double[k * k];
        }

        var y = Matrix<double>.Build.Dense(rows, k, (r, c) => factors[(r * k) + c]);
        return y.TransposeThisAndMultiply(y).ToRowMajorArray();
    }

    private static void SolveSide(Side side, float[] solved, float[] fixedFactors, ImplicitAlsOptions options, ParallelOptions parallel)
    {
        int k = options.Factors;
        double[] gram = Gram(fixedFactors, k);
        for (int d = 0; d < k; d++)
        {
            gram[(d * k) + d] += options.Regularization;
        }

        int count = side.Offsets.Length - 1;
        Parallel.For(0, count, parallel, () => new Workspace(k), (target, _, work) =>
        {
            int start = side.Offsets[target];
            int end = side.Offsets[target + 1];
            Span<float> x = solved.AsSpan(target * k, k);
            if (start == end)
            {
                x.Clear();
                return work;
            }

            ConjugateGradient(side, start, end, x, fixedFactors, gram, options, work);
            return work;
        }, _ => { });
    }

    // Solves (G + Σ (c−1) y yᵀ) x = Σ c y for one vector, warm-started from its current value (Takács et al.).
    private static void ConjugateGradient(Side side, int start, int end, Span<float> x, float[] y, double[] gram,
        ImplicitAlsOptions options, Workspace work)
    {
        int k = x.Length;
        double[] xs = work.X;
        double[] r = work.Residual;
        double[] p = work.Direction;
        double[] ap = work.Product;
        for (int d = 0; d < k; d++)
        {
            xs[d] = x[d];
        }

        Multiply(gram, xs, r, k);
        for (int d = 0; d < k; d++)
        {
            r[d] = -r[d];
        }

        for (int at = start; at < end; at++)
        {
            ReadOnlySpan<float> yi = y.AsSpan(side.Others[at] * k, k);
            double confidence = 1 + (options.Alpha * side.Values[at]);
            double coefficient = confidence - ((confidence - 1) * Dot(yi, xs));
            AddScaled(r, yi, coefficient);
        }

        Array.Copy(r, p, k);
        double previous = Dot(r, r);
        for (int step = 0; step < options.ConjugateGradientSteps && previous > ConvergedResidual; step++)
        {
            Multiply(gram, p, ap, k);
            for (int at = start; at < end; at++)
            {
                ReadOnlySpan<float> yi = y.AsSpan(side.Others[at] * k, k);
                double confidence = 1 + (options.Alpha * side.Values[at]);
                AddScaled(ap, yi, (confidence - 1) * Dot(yi, p));
            }

            double curvature = Dot(p, ap);
            if (curvature <= 0)
            {
                break;
            }

            double stepSize = previous / curvature;
            double next = 0;
            for (int d = 0; d < k; d++)
            {
                xs[d] += stepSize * p[d];
                r[d] -= stepSize * ap[d];
                next += r[d] * r[d];
            }

            for (int d = 0; d < k; d++)
            {
                p[d] = r[d] + (next / previous * p[d]);
            }

            previous = next;
        }

        for (int d = 0; d < k; d++)
        {
            x[d] = (float)xs[d];
        }
    }

    private static void Multiply(double[] matrix, double[] vector, double[] result, int k)
    {
        for (int row = 0; row < k; row++)
        {
            double sum = 0;
            int offset = row * k;
            for (int column = 0; column < k; column++)
            {
                sum += matrix[offset + column] * vector[column];
            }

            result[row] = sum;
        }
    }

    private static double Dot(ReadOnlySpan<float> a, double[] b)
    {
        double sum = 0;
        for (int d = 0; d < a.Length; d++)
        {
            sum += a[d] * b[d];
        }

        return sum;
    }

    private static double Dot(double[] a, double[] b)
    {
        double sum = 0;
        for (int d = 0; d < a.Length; d++)
        {
            sum += a[d] * b[d];
        }

        return sum;
    }

    private static void AddScaled(double[] target, ReadOnlySpan<float> source, double scale)
    {
        for (int d = 0; d < source.Length; d++)
        {
            target[d] += scale * source[d];
        }
    }

    private static double NextGaussian(Random random)
    {
        // Box–Muller: two uniforms in (0, 1] give one standard normal value.
        double u1 = 1.0 - random.NextDouble();
        double u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>One side of the bipartite rating graph: each target's (other-side row, rating) pairs in CSR form.</summary>
    private sealed record Side(int[] Offsets, int[] Others, float[] Values);

    private sealed class Workspace(int k)
    {
        public double[] X { get; } = new double[k];

        public double[] Residual { get; } = new double[k];

        public double[] Direction { get; } = new double[k];

        public double[] Product { get; } = new double[k];
    }
}
