using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Model;
using MovieRecommender.Core.Text;
using MovieRecommender.Core.Training;

namespace MovieRecommender.Core.Updating;

/// <summary>
/// Turns the films of an update into TF-IDF rows of the model's space. Terms of the model's vocabulary keep the idf
/// the stored vectors were weighed with. A term the model has never seen joins the vocabulary (at the end, so every
/// stored index stays valid) when a full training would have kept it: in at least min-df and at most max-df of the
/// films, while the vocabulary is under its cap, and not one of the terms training left out as too common.
/// </summary>
internal sealed class IncomingVectorizer(ModelBuildOptions options, int maxDegreeOfParallelism)
{
    public IncomingVectors Vectorize(
        IReadOnlyList<Movie> films, RecommenderModel model, VectorSpace space, int catalogSize, CancellationToken cancellationToken)
    {
        var documents = new DocumentTerms[films.Count];
        using (var stemmer = new SnowballWordStemmer())
        {
            var soups = new SoupBuilder(options.Soup, stemmer);
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken };
            Parallel.For(0, films.Count, parallel, () => new Dictionary<string, int>(StringComparer.Ordinal), (i, _, scratch) =>
            {
                documents[i] = DocumentTerms.Aggregate(soups.Build(films[i]), scratch);
                return scratch;
            }, _ => { });
        }

        var vocabulary = new Dictionary<string, int>(model.Terms.Length, StringComparer.Ordinal);
        for (var term = 0; term < model.Terms.Length; term++)
        {
            vocabulary[model.Terms[term]] = term;
        }

        var common = new HashSet<string>(space.CommonTerms, StringComparer.Ordinal);
        var modelFrequencies = new int[model.Terms.Length];
        var unseen = new Dictionary<string, UnseenTerm>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            for (var i = 0; i < document.Terms.Length; i++)
            {
                if (vocabulary.TryGetValue(document.Terms[i], out var term))
                {
                    modelFrequencies[term]++;
                }
                else if (!common.Contains(document.Terms[i]))
                {
                    Count(unseen, document, i);
                }
            }
        }

        var added = SelectAddedTerms(unseen, model.Terms.Length, catalogSize);
        var addedIdf = added.Select(t => TfIdfVectorizer.InverseDocumentFrequency(options.TfIdf, t.Frequency, catalogSize)).ToArray();
        for (var i = 0; i < added.Count; i++)
        {
            vocabulary[added[i].Term] = model.Terms.Length + i;
        }

        var idf = space.InverseDocumentFrequencies.Concat(addedIdf).ToArray();
        var rows = Weigh(documents, vocabulary, idf);
        return new IncomingVectors(
            rows,
            new TermVocabulary([.. added.Select(t => t.Term)], [.. added.Select(t => t.Kind)], [.. added.Select(t => t.Label)]),
            [.. added.Select(t => t.Frequency)],
            addedIdf,
            modelFrequencies);
    }

    private static void Count(Dictionary<string, UnseenTerm> unseen, DocumentTerms document, int i)
    {
        var term = document.Terms[i];
        if (unseen.TryGetValue(term, out var seen))
        {
            var moreSpecific = TermKindPriority.Of(document.Kinds[i]) > TermKindPriority.Of(seen.Kind);
            unseen[term] = seen with
            {
                Frequency = seen.Frequency + 1,
                Kind = moreSpecific ? document.Kinds[i] : seen.Kind,
                Label = moreSpecific ? document.Labels[i] : seen.Label,
            };
        }
        else
        {
            unseen[term] = new UnseenTerm(term, document.Kinds[i], document.Labels[i], 1);
        }
    }

    private List<UnseenTerm> SelectAddedTerms(Dictionary<string, UnseenTerm> unseen, int vocabularySize, int catalogSize)
    {
        var minDf = options.TfIdf.EffectiveMinDocumentFrequency(catalogSize);
        var maxDf = options.TfIdf.MaxDocumentFrequencyRatio * catalogSize;
        var room = Math.Max(0, options.TfIdf.MaxFeatures - vocabularySize);
        return
        [
            .. unseen.Values
                .Where(t => t.Frequency >= minDf && t.Frequency <= maxDf)
                .OrderByDescending(t => t.Frequency)
                .ThenBy(t => t.Term, StringComparer.Ordinal)
                .Take(room)
                .OrderBy(t => t.Term, StringComparer.Ordinal),
        ];
    }

    private SparseMatrix Weigh(DocumentTerms[] documents, Dictionary<string, int> vocabulary, float[] idf)
    {
        var offsets = new int[documents.Length + 1];
        var indices = new List<int>();
        var values = new List<float>();
        for (var d = 0; d < documents.Length; d++)
        {
            var start = indices.Count;
            var document = documents[d];
            for (var i = 0; i < document.Terms.Length; i++)
            {
                if (vocabulary.TryGetValue(document.Terms[i], out var term))
                {
                    indices.Add(term);
                    values.Add((float)(TfIdfVectorizer.ScaleFrequency(options.TfIdf, document.Frequencies[i]) * idf[term]));
                }
            }

            offsets[d + 1] = indices.Count;
            var rowIndices = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(indices)[start..];
            var rowValues = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(values)[start..];
            rowIndices.Sort(rowValues);
            TfIdfVectorizer.Normalize(rowValues);
        }

        return new SparseMatrix(idf.Length, offsets, [.. indices], [.. values]);
    }

    private sealed record UnseenTerm(string Term, TermKind Kind, string Label, int Frequency);
}
