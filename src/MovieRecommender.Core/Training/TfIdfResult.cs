namespace MovieRecommender.Core.Training;

/// <summary>Fitted vocabulary with idf per term, and the L2-normalised TF-IDF row of every film.</summary>
public sealed record TfIdfResult(TermVocabulary Vocabulary, float[] InverseDocumentFrequencies, SparseMatrix Vectors)
{
    /// <summary>Films holding each vocabulary term.</summary>
    public int[] DocumentFrequencies { get; init; } = [];

    /// <summary>Terms left out for being in more than the allowed share of films.</summary>
    public string[] CommonTerms { get; init; } = [];
}
