using MovieRecommender.Core.Updating;

namespace MovieRecommender.Web.CatalogUpdates;

/// <summary>A snapshot of the latest catalog update for the admin page (and its status endpoint).</summary>
public sealed record CatalogUpdateStatus
{
    public static CatalogUpdateStatus Idle { get; } = new() { State = CatalogUpdateState.Idle };

    public required CatalogUpdateState State { get; init; }

    /// <summary>The uploaded file's name as the browser sent it (shown, never used as a path).</summary>
    public string? FileName { get; init; }

    /// <summary>Stage of the update (read, vectorize, neighbours, write).</summary>
    public string? Stage { get; init; }

    /// <summary>0–100 within the stage.</summary>
    public int Progress { get; init; }

    /// <summary>Why it failed, in words for the operator.</summary>
    public string? Error { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>What a successful update did.</summary>
    public CatalogUpdateSummary? Summary { get; init; }

    public bool IsActive => State is CatalogUpdateState.Queued or CatalogUpdateState.Running;
}
