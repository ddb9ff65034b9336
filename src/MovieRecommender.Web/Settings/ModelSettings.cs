using System.ComponentModel.DataAnnotations;

namespace MovieRecommender.Web.Settings;

/// <summary>Where the served model lives and what to train from when it is missing (section "Model").</summary>
public sealed class ModelSettings
{
    public const string SectionName = "Model";

    /// <summary>Model folder; relative paths are resolved against the content root, not the working directory.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Model:Directory must not be empty.")]
    [StringLength(1024, ErrorMessage = "Model:Directory must be at most {1} characters.")]
    public string Directory { get; set; } = "models";

    /// <summary>
    /// Train and serve the demo catalog when the model folder holds no model. Off by default (appsettings.Development.json
    /// turns it on): a production node without its model reports unhealthy rather than quietly serving 500 demo films.
    /// </summary>
    public bool TrainDemoWhenEmpty { get; set; }

    /// <summary>Catalog trained from when the model folder is empty; searched from the content root up to the repo root.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Model:DemoCatalog must not be empty.")]
    public string DemoCatalog { get; set; } = "data/demo/movies.csv";

    /// <summary>Optional credits file joined to the demo catalog (skipped when absent).</summary>
    public string? DemoCredits { get; set; } = "data/demo/credits.csv";

    /// <summary>Optional watch providers (TMDB layout) trained into the demo model; none by default.</summary>
    public string? DemoProviders { get; set; }

    /// <summary>Quiet period after a manifest change before reloading, so a half-written model is not read.</summary>
    [Range(0, 60_000, ErrorMessage = "Model:ReloadDebounceMilliseconds must be between {1} and {2}.")]
    public int ReloadDebounceMilliseconds { get; set; } = 750;

    [Range(1, 3_600, ErrorMessage = "Model:InitialRetryDelaySeconds must be between {1} and {2}.")]
    public int InitialRetryDelaySeconds { get; set; } = 2;

    [Range(1, 86_400, ErrorMessage = "Model:MaxRetryDelaySeconds must be between {1} and {2}.")]
    public int MaxRetryDelaySeconds { get; set; } = 300;

    /// <summary>Watch manifest.json and reload automatically when a new model is published.</summary>
    public bool WatchForChanges { get; set; } = true;
}
