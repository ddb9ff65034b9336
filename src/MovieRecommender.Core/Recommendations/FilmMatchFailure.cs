namespace MovieRecommender.Core.Recommendations;

/// <summary>Why an external entry matched no film, so callers can say it in the user's language.</summary>
public enum FilmMatchFailure
{
    None,
    NoTitle,
    NoSuchTitle,
    AmbiguousTitle,

    /// <summary>The title exists, but not within the year tolerance of the entry's year.</summary>
    NoSuchYear,
}
