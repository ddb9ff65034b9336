using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Model;
using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Core.Tests.Recommendations;

/// <summary>
/// A model whose neighbour lists and top terms are written by hand (films are their dense indices 0..n-1), so a
/// test decides exactly which film each stage of <see cref="CandidatePool"/> can reach and with what score.
/// Neighbour lists are stored best first and top terms by term index, as the trainer writes them.
/// </summary>
internal sealed class HandMadeGraph(int films)
{
    private readonly List<(int From, int To, float Score)> _links = [];
    private readonly List<(int Film, int Term, float Weight)> _terms = [];

    public HandMadeGraph Link(int from, int to, float score)
    {
        _links.Add((from, to, score));
        return this;
    }

    public HandMadeGraph Term(int film, int term, float weight)
    {
        _terms.Add((film, term, weight));
        return this;
    }

    public ServingState Serve()
    {
        int termCount = _terms.Count == 0 ? 0 : _terms.Max(t => t.Term) + 1;
        var neighbourOffsets = new int[films + 1];
        var neighbourIndices = new List<int>();
        var neighbourScores = new List<float>();
        var termOffsets = new int[films + 1];
        var termIndices = new List<int>();
        var termWeights = new List<float>();
        var linksByFilm = _links.ToLookup(l => l.From);
        var termsByFilm = _terms.ToLookup(t => t.Film);
        for (int film = 0; film < films; film++)
        {
            foreach (var (_, to, score) in linksByFilm[film].OrderByDescending(l => l.Score))
            {
                neighbourIndices.Add(to);
                neighbourScores.Add(score);
            }

            foreach (var (_, term, weight) in termsByFilm[film].OrderBy(t => t.Term))
            {
                termIndices.Add(term);
                termWeights.Add(weight);
            }

            neighbourOffsets[film + 1] = neighbourIndices.Count;
            termOffsets[film + 1] = termIndices.Count;
        }

        var model = new RecommenderModel
        {
            Manifest = new ModelManifest
            {
                FormatVersion = 1,
                ModelVersion = "hand-made",
                CreatedAt = DateTimeOffset.UnixEpoch,
                MovieCount = films,
                TermCount = termCount,
                NeighboursPerMovie = linksByFilm.Select(g => g.Count()).DefaultIfEmpty(0).Max(),
                Files = new Dictionary<string, string>(),
            },
            Movies = [.. Enumerable.Range(0, films).Select(film => new Movie { Id = film + 1, Title = $"Film {film}", VoteCount = 100 })],
            NeighbourOffsets = neighbourOffsets,
            NeighbourIndices = [.. neighbourIndices],
            NeighbourScores = [.. neighbourScores],
            Terms = [.. Enumerable.Range(0, termCount).Select(term => $"term{term}")],
            TermKinds = [.. Enumerable.Repeat(TermKind.Keyword, termCount)],
            TermLabels = [.. Enumerable.Range(0, termCount).Select(term => $"term {term}")],
            TopTermOffsets = termOffsets,
            TopTermIndices = [.. termIndices],
            TopTermWeights = [.. termWeights],
        };
        return ServingState.Build(model, generation: 1, DateTimeOffset.UnixEpoch, TimeSpan.Zero, new RecommenderOptions { PopularityPrior = 0 });
    }
}
