namespace MovieRecommender.Core.Model;

/// <summary>
/// Which catalog a model was trained from, recorded in the manifest's parameters under <see cref="ParameterName"/>,
/// so whoever serves it can say so (the web app's health reports <c>catalog: demo</c>).
/// </summary>
public static class ModelCatalog
{
    public const string ParameterName = "input.catalog";

    /// <summary>The small demo catalog shipped with the app, trained when the model folder was empty.</summary>
    public const string Demo = "demo";

    /// <summary>Any other catalog (what the trainer writes unless told otherwise).</summary>
    public const string Trained = "trained";

    /// <summary>The label recorded in <paramref name="manifest"/>: <see cref="Demo"/> or <see cref="Trained"/>.</summary>
    public static string Of(ModelManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return manifest.Parameters.TryGetValue(ParameterName, out var label) && string.Equals(label, Demo, StringComparison.Ordinal)
            ? Demo
            : Trained;
    }
}
