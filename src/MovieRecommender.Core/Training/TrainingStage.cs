namespace MovieRecommender.Core.Training;

public enum TrainingStage
{
    Read = 0,
    Vectorize = 1,
    Neighbours = 2,

    /// <summary>Ratings read, collaborative part and learned ranker trained (only with ratings).</summary>
    Collaborative = 3,
    Write = 4,
}
