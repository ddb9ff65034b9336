namespace MovieRecommender.Core.Training;

public enum TrainingStage
{
    Read = 0,
    Vectorize = 1,
    Neighbours = 2,
    Write = 3,
}
