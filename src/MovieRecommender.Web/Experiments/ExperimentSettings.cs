namespace MovieRecommender.Web.Experiments;

/// <summary>One experiment in configuration (<c>Experiments:{name}</c>).</summary>
public sealed class ExperimentSettings
{
    /// <summary>False keeps the definition (and its report) but assigns nobody to it.</summary>
    public bool Enabled { get; set; } = true;

    public Dictionary<string, VariantSettings> Variants { get; set; } = new(StringComparer.Ordinal);
}
