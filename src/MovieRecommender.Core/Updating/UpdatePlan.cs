using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Model;
using MovieRecommender.Core.Training;

namespace MovieRecommender.Core.Updating;

/// <summary>
/// Where the films of an update go: a film whose TMDB id the model has replaces it at its position, any other is
/// appended. Builds the merged arrays (catalog, vectors, term statistics, top terms) in that layout.
/// </summary>
internal sealed class UpdatePlan
{
    private readonly int _previousCount;

    private UpdatePlan(Movie[] movies, Movie[] incomingFilms, int[] incomingRows, int replaced, int previousCount)
    {
        Movies = movies;
        IncomingFilms = incomingFilms;
        IncomingRows = incomingRows;
        Replaced = replaced;
        _previousCount = previousCount;
    }

    /// <summary>The updated catalog in model order.</summary>
    public Movie[] Movies { get; }

    /// <summary>The input's films, in the order of <see cref="IncomingRows"/>.</summary>
    public Movie[] IncomingFilms { get; }

    /// <summary>Position of each incoming film in <see cref="Movies"/>.</summary>
    public int[] IncomingRows { get; }

    public int Replaced { get; }

    public int Added => Movies.Length - _previousCount;

    public static UpdatePlan Create(RecommenderModel model, IReadOnlyList<Movie> films)
    {
        var positions = new Dictionary<int, int>(model.MovieCount);
        for (var row = 0; row < model.MovieCount; row++)
        {
            positions[model.Table.IdAt(row)] = row;
        }

        var movies = new List<Movie>(model.MovieCount + films.Count);
        movies.AddRange(model.Movies);
        var rows = new int[films.Count];
        var replaced = 0;
        for (var i = 0; i < films.Count; i++)
        {
            if (positions.TryGetValue(films[i].Id, out var row))
            {
                movies[row] = films[i];
                rows[i] = row;
                replaced++;
            }
            else
            {
                rows[i] = movies.Count;
                movies.Add(films[i]);
            }
        }

        return new UpdatePlan([.. movies], [.. films], rows, replaced, model.MovieCount);
    }

    /// <summary>Every film's vector (incoming rows substituted or appended), and the term statistics of the updated catalog.</summary>
    public (SparseMatrix Vectors, int[] DocumentFrequencies, float[] Idf) MergeSpace(VectorSpace space, IncomingVectors incoming)
    {
        var frequencies = new int[incoming.Rows.ColumnCount];
        space.DocumentFrequencies.CopyTo(frequencies, 0);
        var sourceOf = SourceRows(out var replacedRows);
        foreach (var row in replacedRows)
        {
            foreach (var term in space.Vectors.RowIndices(row))
            {
                frequencies[term]--;
            }
        }

        for (var term = 0; term < incoming.ModelTermFrequencies.Length; term++)
        {
            frequencies[term] += incoming.ModelTermFrequencies[term];
        }

        incoming.AddedTermFrequencies.CopyTo(frequencies, incoming.ModelTermFrequencies.Length);
        var idf = space.InverseDocumentFrequencies.Concat(incoming.AddedTermIdf).ToArray();
        var vectors = MergeRows(space.Vectors, incoming.Rows, sourceOf, incoming.Rows.ColumnCount);
        return (vectors, frequencies, idf);
    }

    /// <summary>The model's neighbour lists over the updated catalog (appended films have none yet).</summary>
    public NeighbourGraph PreviousGraph(RecommenderModel model)
    {
        var offsets = new int[Movies.Length + 1];
        model.NeighbourOffsets.CopyTo(offsets, 0);
        offsets.AsSpan(model.NeighbourOffsets.Length).Fill(model.NeighbourOffsets[^1]);
        return new NeighbourGraph(offsets, model.NeighbourIndices, model.NeighbourScores);
    }

    /// <summary>The model's top terms with the incoming films' rows substituted or appended.</summary>
    public (int[] Offsets, int[] Indices, float[] Weights) MergeTopTerms(RecommenderModel model, (int[] Offsets, int[] Indices, float[] Weights) incoming)
    {
        var previous = new SparseMatrix(int.MaxValue, model.TopTermOffsets, model.TopTermIndices, model.TopTermWeights);
        var added = new SparseMatrix(int.MaxValue, incoming.Offsets, incoming.Indices, incoming.Weights);
        var merged = MergeRows(previous, added, SourceRows(out _), int.MaxValue);
        return (merged.RowOffsets, merged.ColumnIndices, merged.Values);
    }

    /// <summary>For each row of the updated catalog: the incoming row it takes (≥ 0) or -1 to keep the model's.</summary>
    private int[] SourceRows(out List<int> replacedRows)
    {
        var source = new int[Movies.Length];
        Array.Fill(source, -1);
        replacedRows = [];
        for (var i = 0; i < IncomingRows.Length; i++)
        {
            source[IncomingRows[i]] = i;
            if (IncomingRows[i] < _previousCount)
            {
                replacedRows.Add(IncomingRows[i]);
            }
        }

        return source;
    }

    private static SparseMatrix MergeRows(SparseMatrix previous, SparseMatrix incoming, int[] sourceOf, int columnCount)
    {
        var offsets = new int[sourceOf.Length + 1];
        for (var row = 0; row < sourceOf.Length; row++)
        {
            var length = sourceOf[row] >= 0 ? incoming.RowIndices(sourceOf[row]).Length : previous.RowIndices(row).Length;
            offsets[row + 1] = offsets[row] + length;
        }

        var indices = new int[offsets[^1]];
        var values = new float[offsets[^1]];
        for (var row = 0; row < sourceOf.Length; row++)
        {
            var (from, fromRow) = sourceOf[row] >= 0 ? (incoming, sourceOf[row]) : (previous, row);
            from.RowIndices(fromRow).CopyTo(indices.AsSpan(offsets[row]));
            from.RowValues(fromRow).CopyTo(values.AsSpan(offsets[row]));
        }

        return new SparseMatrix(columnCount, offsets, indices, values);
    }
}
