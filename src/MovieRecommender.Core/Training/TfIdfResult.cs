namespace MovieRecommender.Core.Training;

/// <summary>Fitted vocabulary with idf per term, and the L2-normalised TF-IDF row of every film.</summary>
public sealed record TfIdfResult(TermVocabulary Vocabulary, float[] InverseDocumentFrequencies, SparseMatrix Vectors);
