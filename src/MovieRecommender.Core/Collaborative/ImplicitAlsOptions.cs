using System.Globalization;

namespace MovieRecommender.Core.Collaborative;

/// <summary>
/// Implicit-feedback ALS (Hu, Koren and Volinsky 2008): every rating is an observed preference with confidence
/// 1 + <see cref="Alpha"/> · rating, unrated films are preference 0 with confidence 1. Users and films are solved in
/// turn with a few conjugate-gradient steps each (Takács et al. 2011), warm-started from the previous sweep.
/// </summary>
public sealed record ImplicitAlsOptions
{
    public const int DefaultFactors = 32;
    public const int DefaultIterations = 12;
    public const double DefaultRegularization = 5;
    public const double DefaultAlpha = 2.0;
    public const int DefaultConjugateGradientSteps = 3;
    public const int DefaultSeed = 42;

    public static ImplicitAlsOptions Default { get; } = new();

    /// <summary>Latent dimensions per user and film.</summary>
    public int Factors { get; init; } = DefaultFactors;

    /// <summary>Sweeps over users and films.</summary>
    public int Iterations { get; init; } = DefaultIterations;

    /// <summary>λ of the L2 penalty on every factor vector.</summary>
    public double Regularization { get; init; } = DefaultRegularization;

    /// <summary>Confidence per rating point: c = 1 + α · rating.</summary>
    public double Alpha { get; init; } = DefaultAlpha;

    public int ConjugateGradientSteps { get; init; } = DefaultConjugateGradientSteps;

    public int Seed { get; init; } = DefaultSeed;

    /// <summary>
    /// Worker threads; 0 or less means one per core. Never unbounded: each worker holds catalog-sized scratch, and
    /// with no bound the thread pool keeps adding workers (63 threads and 7 GB on a 25M-rating file, 2 cores).
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; }

    /// <summary>The number of worker threads actually used.</summary>
    public int EffectiveThreads => MaxDegreeOfParallelism > 0 ? MaxDegreeOfParallelism : Environment.ProcessorCount;

    public void Validate()
    {
        if (Factors is < 1 or > 512)
        {
            throw new ArgumentOutOfRangeException(nameof(Factors), Factors, "Must be between 1 and 512.");
        }

        if (Iterations < 1 || ConjugateGradientSteps < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Iterations), "Iterations and conjugate-gradient steps must be at least 1.");
        }

        if (!double.IsFinite(Regularization) || Regularization <= 0 || !double.IsFinite(Alpha) || Alpha < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Regularization), "Regularization must be > 0 and Alpha ≥ 0 (both finite).");
        }
    }

    public IEnumerable<KeyValuePair<string, string>> ToParameters() =>
    [
        new("cf.als.factors", Factors.ToString(CultureInfo.InvariantCulture)),
        new("cf.als.iterations", Iterations.ToString(CultureInfo.InvariantCulture)),
        new("cf.als.regularization", Regularization.ToString(CultureInfo.InvariantCulture)),
        new("cf.als.alpha", Alpha.ToString(CultureInfo.InvariantCulture)),
        new("cf.als.cgSteps", ConjugateGradientSteps.ToString(CultureInfo.InvariantCulture)),
        new("cf.als.seed", Seed.ToString(CultureInfo.InvariantCulture)),
    ];
}
