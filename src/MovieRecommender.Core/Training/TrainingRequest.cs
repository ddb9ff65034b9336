namespace MovieRecommender.Core.Training;

/// <summary>What to train from and where to publish the model.</summary>
public sealed record TrainingRequest
{
    /// <summary>Movies file (.csv or .csv.gz): TMDB 5000, TMDB full dump or the demo catalog; format detected from the header.</summary>
    public required string InputPath { get; init; }

    /// <summary>Optional TMDB 5000 credits file joined on id.</summary>
    public string? CreditsPath { get; init; }

    /// <summary>Model directory to publish to (atomically replaced).</summary>
    public required string OutputDirectory { get; init; }

    public QualityPreset Quality { get; init; } = QualityPreset.Low;

    /// <summary>Overrides the preset's minimum vote count when set.</summary>
    public int? MinVoteCount { get; init; }

    public bool IncludeAdult { get; init; }

    /// <summary>Only films with status "Released" unless false.</summary>
    public bool ReleasedOnly { get; init; } = true;

    /// <summary>Neighbours kept per film (K).</summary>
    public int Neighbours { get; init; } = 50;

    /// <summary>Optional watch providers in TMDB's layout (see <see cref="Ingest.WatchProvidersFileReader"/>), stored in the model.</summary>
    public string? ProvidersPath { get; init; }

    /// <summary>Catalog label stored in the manifest (<see cref="Model.ModelCatalog"/>); default <see cref="Model.ModelCatalog.Trained"/>.</summary>
    public string CatalogLabel { get; init; } = Model.ModelCatalog.Trained;

    /// <summary>Overrides the configured TF-IDF vocabulary size cap when set.</summary>
    public int? MaxFeatures { get; init; }

    /// <summary>Worker threads for training; overrides the configured count when set (default: one per core).</summary>
    public int? Threads { get; init; }
}
