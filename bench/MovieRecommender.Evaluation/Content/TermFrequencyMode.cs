namespace MovieRecommender.Evaluation.Content;

public enum TermFrequencyMode
{
    /// <summary>Raw (weighted) counts, as scikit-learn's TfidfVectorizer.</summary>
    Raw = 0,

    /// <summary>1 + ln(tf).</summary>
    Sublinear = 1,

    /// <summary>BM25 saturation tf·(k1+1)/(tf+k1), without length normalisation (vectors are L2-normalised anyway).</summary>
    Bm25 = 2,
}
