namespace MovieRecommender.Evaluation.Recommenders;

/// <summary>Anything the protocol can query: films like one seed, as dense catalog indices, best first.</summary>
public interface IEvaluatedRecommender
{
    string Name { get; }

    /// <summary>Up to <paramref name="count"/> films, never the seed itself.</summary>
    IReadOnlyList<int> Recommend(int seedIndex, int count);
}
