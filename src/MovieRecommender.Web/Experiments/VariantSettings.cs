namespace MovieRecommender.Web.Experiments;

/// <summary>One variant in configuration: <c>Experiments:{name}:Variants:{variant}:Weight</c>, <c>...:Algorithm</c>, ...</summary>
public sealed class VariantSettings
{
    /// <summary>Relative share of traffic (weights 1 and 1 split evenly; 9 and 1 give 90/10).</summary>
    public double Weight { get; set; } = 1;

    /// <summary>content or hybrid; empty = the request's own or the default.</summary>
    public string? Algorithm { get; set; }

    /// <summary>0–1; empty = Recommender:PopularityPrior.</summary>
    public double? PopularityPrior { get; set; }

    /// <summary>MMR diversity 0–1 for visitors who did not choose one; empty = 0.</summary>
    public double? Diversity { get; set; }
}
