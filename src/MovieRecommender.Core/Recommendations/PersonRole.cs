namespace MovieRecommender.Core.Recommendations;

public enum PersonRole
{
    Director = 0,
    Cast = 1,
}
