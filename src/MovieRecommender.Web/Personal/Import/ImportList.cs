namespace MovieRecommender.Web.Personal.Import;

/// <summary>Which of the user's lists a row goes to.</summary>
public enum ImportList
{
    Ratings = 0,
    Watched = 1,
    Watchlist = 2,
    Likes = 3,
}
