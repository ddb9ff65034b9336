namespace MovieRecommender.Core.Updating;

/// <summary>Which model to update, from which catalog file.</summary>
public sealed record CatalogUpdateRequest
{
    /// <summary>Folder of a published model that has its vector space (termstats.bin, vectors.bin); the update is published back to it.</summary>
    public required string ModelDirectory { get; init; }

    /// <summary>Films to add or replace (matched on TMDB id), in any layout the trainer reads (.csv or .csv.gz).</summary>
    public required string InputPath { get; init; }

    /// <summary>Optional TMDB 5000 credits file joined on id.</summary>
    public string? CreditsPath { get; init; }

    /// <summary>Cores used; -1 = all.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}
