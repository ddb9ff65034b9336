using MovieRecommender.Core.Hybrid;

namespace MovieRecommender.Core.Recommendations;

/// <summary>
/// The hybrid's ranked candidates for a set of seeds: <see cref="HybridQuery"/> candidates that pass the filter,
/// scored by the learned ranker (shown as similarity through a logistic, so 0–1 and in rank order). When the filter
/// leaves fewer than a page needs, the content pool's ranking continues the list below every ranked candidate.
/// Also reports, per film, the seed whose fans liked it most (for "people who liked X also liked").
/// </summary>
internal static class HybridCandidatePool
{
    // Continuation films keep their content order but score strictly below the last ranked candidate.
    private const double ContinuationScale = 0.5;

    public static HybridRanking Build(ServingState state, RecommendationScratch scratch, HybridContext context, LearnedRanker ranker, IReadOnlyList<HybridSeed> seeds,
        IReadOnlyList<HybridSeed> foldIn, double popularityDiscount, MovieFilterMatcher filter, int needed, IReadOnlySet<int> excluded)
    {
        var query = HybridQuery.Build(context, seeds, foldIn);
        var ranked = new List<ScoredMovie>(query.Candidates.Length);
        var coLiked = new Dictionary<int, (int Seed, float Similarity)>();
        if (filter.MatchesNothing)
        {
            return new HybridRanking(ranked, coLiked);
        }

        int[] rankOf = state.Popularity.RankOf;
        for (int c = 0; c < query.Candidates.Length; c++)
        {
            int film = query.Candidates[c];
            if (excluded.Contains(film) || !filter.Matches(film))
            {
                continue;
            }

            double score = ranker.Score(query.FeaturesOf(c)) - (popularityDiscount * context.LogRatedShare[film]);
            ranked.Add(new ScoredMovie(film, Logistic(score)));
            if (query.BestCollaborativeSeed[c] >= 0)
            {
                coLiked[film] = (query.BestCollaborativeSeed[c], query.BestCollaborativeSimilarity[c]);
            }
        }

        ranked.Sort((a, b) =>
        {
            int byScore = b.Score.CompareTo(a.Score);
            return byScore != 0 ? byScore : rankOf[a.Movie].CompareTo(rankOf[b.Movie]);
        });

        if (ranked.Count < needed)
        {
            Continue(state, scratch, seeds, filter, needed, excluded, ranked);
        }

        return new HybridRanking(ranked, coLiked);
    }

    private static void Continue(ServingState state, RecommendationScratch scratch, IReadOnlyList<HybridSeed> seeds, MovieFilterMatcher filter, int needed,
        IReadOnlySet<int> excluded, List<ScoredMovie> ranked)
    {
        var present = new HashSet<int>(ranked.Select(r => r.Movie));
        double floor = ranked.Count > 0 ? ranked[^1].Score * ContinuationScale : ContinuationScale;
        int[] films = [.. seeds.Select(s => s.Film).Distinct()];
        double[] shares = [.. films.Select(_ => 1.0 / films.Length)];
        var content = CandidatePool.Build(state, scratch, scratch.Secondary, films, shares, filter, needed + present.Count,
            state.PopularityPrior, excluded);
        for (int i = 0; i < content.Count; i++)
        {
            int film = content[i].Movie;
            if (!present.Contains(film) && !excluded.Contains(film))
            {
                ranked.Add(new ScoredMovie(film, floor * (1 - ((double)i / (content.Count + 1)))));
            }
        }
    }

    private static double Logistic(double score) => 1 / (1 + Math.Exp(-score));
}
