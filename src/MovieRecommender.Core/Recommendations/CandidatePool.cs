using MovieRecommender.Core.Model;

namespace MovieRecommender.Core.Recommendations;

/// <summary>
/// Ranks candidate films for a set of seed films in three stages, widening only while fewer than the requested number
/// pass the filters: (1) the seeds' stored neighbours, similarities averaged over the seeds; (2) neighbours of those
/// neighbours (similarity = product along the path, never above the direct link); (3) films sharing the seeds' top
/// terms through the term → films index (sum of weight products ≈ cosine over top terms), reading only the head of
/// each term's list, and a deeper head only while too few films pass. Every stage is bounded.
/// The ranking is stage-major: a direct neighbour always ranks above anything a wider stage found (a film outside a
/// seed's top-K list is by construction less similar to it than the list's last entry), and each stage is sorted on
/// its own. So widening only ever appends: position i holds the same film however far the caller reads.
/// </summary>
internal static class CandidatePool
{
    // Head of each term's posting list read in stage 3 (all the index keeps), and the total postings read for one request.
    private const int MaxPostingsPerTerm = TermPostingIndex.MaxPostingsPerTerm;
    private const int MaxTermPostingsPerRequest = 400_000;

    // Stage 3 reads this much of each term's list first and goes deeper only while too few films pass the filters:
    // an unfiltered request is filled from the heads, a strict filter still gets to search the whole bounded depth.
    private static readonly int[] PostingDepths = [64, 512, MaxPostingsPerTerm];

    // shares: each seed's weight over the sum of absolute weights (1/n each for equal seeds), negative = against;
    // excluded: dense indices never to return besides the seeds (e.g. films the user has seen);
    // prior: weight of the popularity prior in the ranking (the request's, e.g. an experiment variant's, else the engine's);
    // scratch: the request's working memory; passing: the list to fill (cleared first), usually scratch.Ranked.
    public static List<ScoredMovie> Build(ServingState state, RecommendationScratch scratch, List<ScoredMovie> passing, int[] seeds,
        double[] shares, MovieFilterMatcher filter, int needed, double prior, IReadOnlySet<int>? excluded = null)
    {
        RecommenderModel model = state.Model;
        passing.Clear();
        scratch.BeginBuild(state.Popularity.RankOf.Length);
        foreach (int seed in seeds)
        {
            scratch.Enter(seed, CandidateStage.Excluded);
        }

        // Stryker disable once Equality : equivalent; `>= 0` only adds a loop over an empty set, which enters no film.
        if (excluded is { Count: > 0 })
        {
            foreach (int film in excluded)
            {
                scratch.Enter(film, CandidateStage.Excluded);
            }
        }

        for (int s = 0; s < seeds.Length; s++)
        {
            ReadOnlySpan<int> neighbours = model.NeighboursOf(seeds[s]);
            ReadOnlySpan<float> similarities = model.NeighbourScoresOf(seeds[s]);
            for (int i = 0; i < neighbours.Length; i++)
            {
                int film = neighbours[i];
                CandidateStage stage = scratch.StageOf(film);
                if (stage == CandidateStage.Excluded)
                {
                    continue;
                }

                if (stage != CandidateStage.Direct)
                {
                    scratch.Enter(film, CandidateStage.Direct);
                    scratch.Direct.Add(film);
                }

                scratch.ScoreOf(film) += similarities[i] * shares[s];
            }
        }

        if (filter.MatchesNothing)
        {
            return passing;
        }

        AddSortedPassing(state, scratch, scratch.Direct, filter, passing, prior);
        if (passing.Count >= needed)
        {
            return passing;
        }

        foreach (int candidate in RecommendationScratch.Films(scratch.Direct))
        {
            double score = scratch.ScoreOf(candidate);
            if (score <= 0)
            {
                continue;
            }

            ReadOnlySpan<int> neighbours = model.NeighboursOf(candidate);
            ReadOnlySpan<float> similarities = model.NeighbourScoresOf(candidate);
            for (int i = 0; i < neighbours.Length; i++)
            {
                int next = neighbours[i];
                CandidateStage stage = scratch.StageOf(next);
                if (stage is CandidateStage.Excluded or CandidateStage.Direct)
                {
                    continue;
                }

                if (stage != CandidateStage.TwoHops)
                {
                    scratch.Enter(next, CandidateStage.TwoHops);
                    scratch.TwoHops.Add(next);
                }

                ref double best = ref scratch.ScoreOf(next);
                best = Math.Max(best, score * similarities[i]);
            }
        }

        AddSortedPassing(state, scratch, scratch.TwoHops, filter, passing, prior);
        if (passing.Count >= needed)
        {
            return passing;
        }

        int found = passing.Count;
        for (int d = 0; d < PostingDepths.Length; d++)
        {
            ScoreByTerms(state, scratch, seeds, shares, PostingDepths[d], CandidateStage.Terms + d);
            passing.RemoveRange(found, passing.Count - found);
            AddSortedPassing(state, scratch, scratch.Terms, filter, passing, prior);
            if (passing.Count >= needed)
            {
                break;
            }
        }

        return passing;
    }

    /// <summary>
    /// Films sharing the seeds' top terms that no earlier stage found, scored by the sum of weight products over the
    /// first <paramref name="depth"/> entries of each term's list (weight order), within the per-request budget; they
    /// replace <see cref="RecommendationScratch.Terms"/> under a stamp of their own, so a shallower read's films start over.
    /// </summary>
    private static void ScoreByTerms(ServingState state, RecommendationScratch scratch, int[] seeds, double[] shares, int depth,
        CandidateStage termStage)
    {
        RecommenderModel model = state.Model;
        scratch.Terms.Clear();
        int budget = MaxTermPostingsPerRequest;
        for (int s = 0; s < seeds.Length; s++)
        {
            double seedShare = shares[s];
            ReadOnlySpan<int> terms = model.TopTermsOf(seeds[s]);
            ReadOnlySpan<float> weights = model.TopTermWeightsOf(seeds[s]);
            for (int t = 0; t < terms.Length && budget > 0; t++)
            {
                ReadOnlySpan<int> films = state.TermPostings.MoviesOf(terms[t]);
                ReadOnlySpan<float> filmWeights = state.TermPostings.WeightsOf(terms[t]);
                int take = Math.Min(Math.Min(films.Length, depth), budget);
                budget -= take;
                for (int i = 0; i < take; i++)
                {
                    int film = films[i];
                    CandidateStage stage = scratch.StageOf(film);
                    if (stage is CandidateStage.Excluded or CandidateStage.Direct or CandidateStage.TwoHops)
                    {
                        continue;
                    }

                    if (stage != termStage)
                    {
                        scratch.Enter(film, termStage);
                        scratch.Terms.Add(film);
                    }

                    scratch.ScoreOf(film) += (double)weights[t] * filmWeights[i] * seedShare;
                }
            }
        }
    }

    /// <summary>Appends one stage's films that pass the filter, best first, after the earlier stages' films.</summary>
    private static void AddSortedPassing(ServingState state, RecommendationScratch scratch, List<int> films, MovieFilterMatcher filter,
        List<ScoredMovie> passing, double prior)
    {
        int[] rankOf = state.Popularity.RankOf;
        float[] logVoteShare = state.Popularity.LogVoteShare;
        RankedCandidate[] stage = scratch.StageBuffer(films.Count);
        int count = 0;
        foreach (int movie in RecommendationScratch.Films(films))
        {
            double score = scratch.ScoreOf(movie);
            // A film pulled down by films the user disliked as much as it was pulled up is not a recommendation.
            if (score > 0 && filter.Matches(movie))
            {
                stage[count++] = new RankedCandidate(score + (prior * logVoteShare[movie]), rankOf[movie], new ScoredMovie(movie, score));
            }
        }

        Array.Sort(stage, 0, count);
        passing.EnsureCapacity(passing.Count + count);
        for (int i = 0; i < count; i++)
        {
            passing.Add(stage[i].Candidate);
        }
    }
}
