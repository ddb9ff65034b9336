namespace MovieRecommender.Core.Model;

/// <summary>
/// Which soup field a vocabulary term came from, so explanations can say "shared director" rather than
/// "shared token". Values are persisted in model files: never renumber.
/// </summary>
public enum TermKind : byte
{
    Text = 0,
    Keyword = 1,
    Genre = 2,
    Director = 3,
    Cast = 4,
    Company = 5,
    Country = 6,

    /// <summary>
    /// Not a vocabulary term: the explanation "people who liked this seed film also liked it" of the hybrid
    /// recommender (its value is the seed's title). Never written to a vocabulary file.
    /// </summary>
    CoLiked = 7,
}
