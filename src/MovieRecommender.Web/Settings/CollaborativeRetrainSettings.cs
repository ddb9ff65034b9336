using System.ComponentModel.DataAnnotations;

namespace MovieRecommender.Web.Settings;

/// <summary>
/// Background retrain of the collaborative part from the app's own ratings (section "CollaborativeRetrain"). It runs
/// when at least <see cref="MinNewRatings"/> ratings arrived since the last run, or once per <see cref="IntervalHours"/>
/// when any did; never more often than the check interval, and never while the served model is content-only with too
/// few ratings to learn from.
/// </summary>
public sealed class CollaborativeRetrainSettings
{
    public const string SectionName = "CollaborativeRetrain";

    public bool Enabled { get; set; }

    [Range(1, 24 * 365, ErrorMessage = "CollaborativeRetrain:IntervalHours must be between {1} and {2}.")]
    public int IntervalHours { get; set; } = 24;

    [Range(1, 100_000_000, ErrorMessage = "CollaborativeRetrain:MinNewRatings must be between {1} and {2}.")]
    public int MinNewRatings { get; set; } = 1_000;

    /// <summary>Fewer ratings in total than this (app and base) never train: there is nothing to learn yet.</summary>
    [Range(1, 100_000_000, ErrorMessage = "CollaborativeRetrain:MinRatings must be between {1} and {2}.")]
    public int MinRatings { get; set; } = 500;

    [Range(10, 86_400, ErrorMessage = "CollaborativeRetrain:CheckIntervalSeconds must be between {1} and {2}.")]
    public int CheckIntervalSeconds { get; set; } = 300;

    /// <summary>Optional base ratings (MovieLens layout) trained together with the app's, e.g. the file the model was trained from.</summary>
    public string? RatingsPath { get; set; }

    /// <summary>The links file of <see cref="RatingsPath"/>.</summary>
    public string? LinksPath { get; set; }
}
