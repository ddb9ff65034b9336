namespace MovieRecommender.Core.Training;

/// <summary>How a term's raw (weighted) frequency in a film becomes its TF factor.</summary>
public enum TermFrequencyScaling
{
    /// <summary>tf as is.</summary>
    Raw = 0,

    /// <summary>1 + ln(tf), scikit-learn's <c>sublinear_tf</c>.</summary>
    Sublinear = 1,

    /// <summary>BM25-style saturation tf·(k1+1)/(tf+k1), without length normalisation.</summary>
    Bm25 = 2,
}
