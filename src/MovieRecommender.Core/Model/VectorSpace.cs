using MovieRecommender.Core.Training;

namespace MovieRecommender.Core.Model;

/// <summary>
/// The model's TF-IDF space: each vocabulary term's document frequency
/// and idf, the terms left out for being in too many films, and every film's full L2-normalised vector. Serving
/// never needs it (it uses the neighbour lists and top terms); a catalog update places new films in this same
/// space instead of training again. Stored as termstats.bin and vectors.bin.
/// </summary>
public sealed class VectorSpace
{
    /// <summary>Films containing each vocabulary term among the model's films, kept current by updates.</summary>
    public required int[] DocumentFrequencies { get; init; }

    /// <summary>
    /// Each term's idf as the film vectors use it: fixed at training (terms added by an update: at that update), so
    /// every stored vector stays comparable. Comparing it with the idf <see cref="DocumentFrequencies"/> would give
    /// now measures the drift since training.
    /// </summary>
    public required float[] InverseDocumentFrequencies { get; init; }

    /// <summary>Terms in more than the allowed share of films at training, left out of the vocabulary; an update must not add them back.</summary>
    public required string[] CommonTerms { get; init; }

    /// <summary>Every film's full TF-IDF row, in the model's film order, over the vocabulary's term indices.</summary>
    public required SparseMatrix Vectors { get; init; }

    /// <summary>Films counted by <see cref="DocumentFrequencies"/> (all of the model's).</summary>
    public int DocumentCount => Vectors.RowCount;
}
