namespace MovieRecommender.Evaluation.Content;

public enum IdfMode
{
    /// <summary>ln((1+N)/(1+df)) + 1, scikit-learn's smooth idf.</summary>
    Smooth = 0,

    /// <summary>BM25's ln(1 + (N − df + 0.5)/(df + 0.5)): rarer terms weigh relatively more.</summary>
    Probabilistic = 1,
}
