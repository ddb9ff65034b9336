using MovieRecommender.Core.Training;

namespace MovieRecommender.Core.Updating;

/// <summary>
/// How far the idf the film vectors use has moved from what a full training would compute on today's catalog.
/// <see cref="MeanRelativeChange"/> weighs each term by the films holding it, so it reads as "the typical term
/// occurrence is weighed this much off"; rare terms, whose idf jumps with every film, do not dominate it.
/// </summary>
public sealed record IdfDrift(double MeanRelativeChange, double MaxRelativeChange, int TermsOverTenPercent)
{
    /// <summary>Past this mean change the update says a full training is advised.</summary>
    public const double RetrainAdvisedAbove = 0.05;

    private const double NotableChange = 0.10;

    public static IdfDrift None { get; } = new(0, 0, 0);

    public bool RetrainAdvised => MeanRelativeChange > RetrainAdvisedAbove;

    /// <summary>Compares <paramref name="usedIdf"/> with the idf of <paramref name="documentFrequencies"/> over <paramref name="catalogSize"/> films.</summary>
    public static IdfDrift Measure(float[] usedIdf, int[] documentFrequencies, int catalogSize, TfIdfOptions options)
    {
        ArgumentNullException.ThrowIfNull(usedIdf);
        ArgumentNullException.ThrowIfNull(documentFrequencies);
        ArgumentNullException.ThrowIfNull(options);
        double weighted = 0, weights = 0, max = 0;
        var notable = 0;
        for (var term = 0; term < usedIdf.Length; term++)
        {
            var frequency = documentFrequencies[term];
            if (frequency == 0)
            {
                continue;
            }

            var current = TfIdfVectorizer.InverseDocumentFrequency(options, frequency, catalogSize);
            var change = Math.Abs(current - usedIdf[term]) / usedIdf[term];
            weighted += change * frequency;
            weights += frequency;
            max = Math.Max(max, change);
            if (change > NotableChange)
            {
                notable++;
            }
        }

        return weights == 0 ? None : new IdfDrift(weighted / weights, max, notable);
    }
}
