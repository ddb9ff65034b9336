namespace MovieRecommender.Data.Personal;

/// <summary>What a history row records. Values are stored: never renumber.</summary>
public enum HistoryKind
{
    /// <summary>The user opened the film's page.</summary>
    Opened = 1,

    /// <summary>The user marked the film watched.</summary>
    Watched = 2,
}
