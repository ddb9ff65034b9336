using Microsoft.Extensions.Options;
using MovieRecommender.Core.Experiments;
using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Web.Experiments;

/// <summary>The configured experiments as engine definitions, built once from the validated settings.</summary>
public sealed class ExperimentCatalog(IOptions<ExperimentsSettings> options)
{
    private readonly Lazy<IReadOnlyList<ExperimentDefinition>> _all = new(() => Build(options.Value));

    /// <summary>Every configured experiment, enabled or not, by name.</summary>
    public IReadOnlyList<ExperimentDefinition> All => _all.Value;

    /// <summary>The experiments visitors are assigned to.</summary>
    public IReadOnlyList<ExperimentDefinition> Running =>
        [.. All.Where(e => options.Value.TryGetValue(e.Name, out var s) && s.Enabled)];

    public ExperimentAssignment? Assign(string? subject) =>
        subject is null ? null : ExperimentAssigner.Assign(Running, subject);

    private static IReadOnlyList<ExperimentDefinition> Build(ExperimentsSettings settings) =>
        [.. settings.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e =>
        {
            var variants = e.Value.Variants.OrderBy(v => v.Key, StringComparer.Ordinal)
                .Select(v => new ExperimentVariant(v.Key, v.Value.Weight, new RecommenderSettings(
                    RecommendationAlgorithms.Parse(v.Value.Algorithm),
                    v.Value.PopularityPrior,
                    v.Value.Diversity)))
                .ToList();
            var control = variants.Any(v => v.Name == ExperimentDefinition.ConventionalControlName)
                ? ExperimentDefinition.ConventionalControlName
                : variants[0].Name;
            return new ExperimentDefinition(e.Key, variants, control);
        })];
}
