using MovieRecommender.Web.CatalogUpdates;

namespace MovieRecommender.Web.ViewModels;

/// <summary>The catalog update as the admin page shows it (and its status endpoint returns it as JSON).</summary>
public sealed record CatalogUpdateView
{
    /// <summary>Appended to <see cref="Result"/> when a hybrid model kept its collaborative part through the update.</summary>
    public const string CollaborativeCarried = " Collaborative part and ranker carried over; new films have no ratings yet and are recommended from content.";

    public required string State { get; init; }

    public string? FileName { get; init; }

    public string? Stage { get; init; }

    public int Progress { get; init; }

    public string? Error { get; init; }

    public bool Active { get; init; }

    /// <summary>One line saying what a finished update did, or null.</summary>
    public string? Result { get; init; }

    public static CatalogUpdateView From(CatalogUpdateStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return new CatalogUpdateView
        {
            State = status.State.ToString().ToLowerInvariant(),
            FileName = status.FileName,
            Stage = status.Stage,
            Progress = status.Progress,
            Error = status.Error,
            Active = status.IsActive,
            Result = status.Summary is not { } s ? null : FormattableString.Invariant(
                $"Model {s.ModelVersion} published: {s.FilmsAdded:N0} films added, {s.FilmsReplaced:N0} replaced, {s.ExistingListsChanged:N0} other films' lists changed, idf drift {s.Drift.MeanRelativeChange:P1}{(s.Drift.RetrainAdvised ? " (a full training is advised)." : ".")}{(s.CollaborativeCarried ? CollaborativeCarried : "")}"),
        };
    }
}
