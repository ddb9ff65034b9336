using MovieRecommender.Core.Model;
using MovieRecommender.Core.Training;

namespace MovieRecommender.Core.Updating;

/// <summary>
/// The films of an update placed in the model's TF-IDF space: their L2-normalised rows over the extended
/// vocabulary (the model's terms, then <see cref="AddedTerms"/>), and how many of them hold each model term.
/// </summary>
internal sealed record IncomingVectors(
    SparseMatrix Rows,
    TermVocabulary AddedTerms,
    int[] AddedTermFrequencies,
    float[] AddedTermIdf,
    int[] ModelTermFrequencies);
