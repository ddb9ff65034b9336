namespace MovieRecommender.Evaluation.Recommenders;

/// <summary>Anything the personal protocol can query: films for a profile of rated films, best first, never a profile film.</summary>
public interface IProfileEvaluatedRecommender
{
    string Name { get; }

    IReadOnlyList<int> Recommend(IReadOnlyList<(int Film, float Rating)> profile, int count);
}
