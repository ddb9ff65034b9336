using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace MovieRecommender.Core.Experiments;

/// <summary>
/// Sticky, stateless assignment: a hash of the subject id picks the experiment and a second hash (salted with the
/// experiment's name) picks the variant in proportion to the weights. The same subject always lands in the same
/// variant, on any server, with nothing stored. Experiments are mutually exclusive because they all turn the same
/// recommender knobs: with several running, each subject is in exactly one of them, chosen uniformly.
/// </summary>
public static class ExperimentAssigner
{
    private const string ExperimentSalt = "experiment";

    public static ExperimentAssignment? Assign(IReadOnlyList<ExperimentDefinition> experiments, string subject)
    {
        ArgumentNullException.ThrowIfNull(experiments);
        if (experiments.Count == 0 || string.IsNullOrEmpty(subject))
        {
            return null;
        }

        var experiment = experiments.Count == 1
            ? experiments[0]
            : experiments[(int)(Bucket(ExperimentSalt, subject) * experiments.Count)];
        double total = experiment.Variants.Sum(v => v.Weight);
        if (total <= 0)
        {
            return null;
        }

        double point = Bucket(experiment.Name, subject) * total;
        double cumulative = 0;
        foreach (var variant in experiment.Variants)
        {
            cumulative += variant.Weight;
            if (point < cumulative)
            {
                return new ExperimentAssignment(experiment, variant);
            }
        }

        return new ExperimentAssignment(experiment, experiment.Variants[^1]);
    }

    /// <summary>A uniform number in [0, 1) from SHA-256 of salt and subject (well mixed, unlike string.GetHashCode, and stable across processes).</summary>
    internal static double Bucket(string salt, string subject)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(salt + "\n" + subject), hash);
        ulong value = BinaryPrimitives.ReadUInt64BigEndian(hash) >> 11; // 53 bits: exactly representable as a double
        return value / (double)(1UL << 53);
    }
}
