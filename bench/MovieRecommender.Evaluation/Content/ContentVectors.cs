using MovieRecommender.Core.Catalog;

namespace MovieRecommender.Evaluation.Content;

/// <summary>
/// Experimental TF-IDF vectors of a small catalog under one <see cref="SoupSettings"/>, with exact cosine
/// neighbours from an inverted index. Used to explore settings quickly; the product's trainer is measured
/// separately with the same protocol.
/// </summary>
public sealed class ContentVectors
{
    private readonly int[][] _terms;
    private readonly float[][] _weights;
    private readonly (int Film, float Weight)[][] _postings;

    private ContentVectors(int[][] terms, float[][] weights, int termCount)
    {
        _terms = terms;
        _weights = weights;
        var postings = new List<(int, float)>[termCount];
        for (var t = 0; t < termCount; t++)
        {
            postings[t] = [];
        }

        for (var film = 0; film < terms.Length; film++)
        {
            for (var j = 0; j < terms[film].Length; j++)
            {
                postings[terms[film][j]].Add((film, weights[film][j]));
            }
        }

        _postings = [.. postings.Select(p => p.ToArray())];
    }

    public int FilmCount => _terms.Length;

    public int TermCount => _postings.Length;

    public static ContentVectors Build(IReadOnlyList<Movie> catalog, SoupSettings settings)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(settings);
        var tokenizer = new SoupTokenizer(settings.Stemming);
        var soups = catalog.Select(movie => SoupBuilder.Build(movie, settings, tokenizer)).ToArray();

        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var soup in soups)
        {
            foreach (var term in soup.Keys)
            {
                documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
            }
        }

        var vocabulary = documentFrequency.Where(p => p.Value >= settings.MinDocumentFrequency && p.Value <= settings.MaxDocumentFrequencyRatio * catalog.Count)
            .Select(p => p.Key).Order(StringComparer.Ordinal).Select((term, index) => (term, index))
            .ToDictionary(p => p.term, p => p.index, StringComparer.Ordinal);
        var filmCount = catalog.Count;
        var terms = new int[filmCount][];
        var weights = new float[filmCount][];
        for (var film = 0; film < filmCount; film++)
        {
            var entries = soups[film]
                .Where(p => vocabulary.ContainsKey(p.Key))
                .Select(p => (Term: vocabulary[p.Key], Weight: p.Value * Idf(settings.Idf, filmCount, documentFrequency[p.Key])))
                .OrderBy(e => e.Term)
                .ToArray();
            var norm = Math.Sqrt(entries.Sum(e => e.Weight * e.Weight));
            terms[film] = [.. entries.Select(e => e.Term)];
            weights[film] = [.. entries.Select(e => norm > 0 ? (float)(e.Weight / norm) : 0f)];
        }

        return new ContentVectors(terms, weights, vocabulary.Count);
    }

    /// <summary>Cosine of two films (vectors are unit length, so a sparse dot product).</summary>
    /// <summary>Cosine of <paramref name="film"/> with every film of the catalog (its full similarity row).</summary>
    public double[] Row(int film)
    {
        var row = new double[_terms.Length];
        for (var j = 0; j < _terms[film].Length; j++)
        {
            var weight = _weights[film][j];
            foreach (var (other, otherWeight) in _postings[_terms[film][j]])
            {
                row[other] += weight * otherWeight;
            }
        }

        return row;
    }

    public double Cosine(int first, int second)
    {
        var (ta, wa, tb, wb) = (_terms[first], _weights[first], _terms[second], _weights[second]);
        double dot = 0;
        int i = 0, j = 0;
        while (i < ta.Length && j < tb.Length)
        {
            if (ta[i] == tb[j])
            {
                dot += wa[i++] * wb[j++];
            }
            else if (ta[i] < tb[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return dot;
    }

    /// <summary>The <paramref name="count"/> most similar other films with a positive cosine, best first.</summary>
    public IReadOnlyList<(int Film, double Score)> Neighbours(int film, int count)
    {
        var scores = new Dictionary<int, double>();
        for (var j = 0; j < _terms[film].Length; j++)
        {
            var weight = _weights[film][j];
            foreach (var (other, otherWeight) in _postings[_terms[film][j]])
            {
                if (other != film)
                {
                    scores[other] = scores.GetValueOrDefault(other) + (weight * otherWeight);
                }
            }
        }

        return [.. scores.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(count).Select(p => (p.Key, p.Value))];
    }

    private static double Idf(IdfMode mode, int filmCount, int documentFrequency) => mode switch
    {
        IdfMode.Smooth => Math.Log((1.0 + filmCount) / (1.0 + documentFrequency)) + 1.0,
        IdfMode.Probabilistic => Math.Log(1.0 + ((filmCount - documentFrequency + 0.5) / (documentFrequency + 0.5))),
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown IDF mode."),
    };
}
