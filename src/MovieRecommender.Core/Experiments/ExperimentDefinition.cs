namespace MovieRecommender.Core.Experiments;

/// <summary>An A/B experiment: its variants in a fixed order, and the control the others are compared with.</summary>
public sealed record ExperimentDefinition(string Name, IReadOnlyList<ExperimentVariant> Variants, string Control)
{
    /// <summary>The variant named "control" if there is one, else the first by name.</summary>
    public const string ConventionalControlName = "control";
}
