namespace MovieRecommender.Web.Experiments;

/// <summary>All experiments by name (section "Experiments"; empty = no experiment running).</summary>
public sealed class ExperimentsSettings : Dictionary<string, ExperimentSettings>
{
    public const string SectionName = "Experiments";

    public ExperimentsSettings()
        : base(StringComparer.Ordinal)
    {
    }
}
