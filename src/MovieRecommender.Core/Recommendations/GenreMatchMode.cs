namespace MovieRecommender.Core.Recommendations;

public enum GenreMatchMode
{
    /// <summary>A film matches when it has at least one of the requested genres.</summary>
    Any = 0,

    /// <summary>A film matches only when it has every requested genre.</summary>
    All = 1,
}
