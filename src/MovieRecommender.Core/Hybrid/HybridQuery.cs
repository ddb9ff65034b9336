using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Collaborative;
using MovieRecommender.Core.Model;
using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Core.Hybrid;

/// <summary>
/// One request's candidates and their feature vectors: the union of the seeds' content and item-item neighbours,
/// the popular head and the best ALS fold-in scores, minus the seeds; then <see cref="HybridFeature"/> per candidate.
/// Built identically for ranker training and for serving, so the ranker sees at serving time what it learned from.
/// </summary>
internal sealed class HybridQuery
{
    private const float AbsentRankPenalty = 1;

    private HybridQuery(int[] candidates, float[] features, int[] bestCollaborativeSeed, float[] bestCollaborativeSimilarity)
    {
        Candidates = candidates;
        Features = features;
        BestCollaborativeSeed = bestCollaborativeSeed;
        BestCollaborativeSimilarity = bestCollaborativeSimilarity;
    }

    /// <summary>Candidate films (catalog indices), in a deterministic order.</summary>
    public int[] Candidates { get; }

    /// <summary>Candidates.Length × <see cref="HybridFeatures.Count"/> values, row-major.</summary>
    public float[] Features { get; }

    /// <summary>For each candidate, the seed with the highest item-item similarity to it, or -1 (explanations).</summary>
    public int[] BestCollaborativeSeed { get; }

    public float[] BestCollaborativeSimilarity { get; }

    public ReadOnlySpan<float> FeaturesOf(int candidate) => Features.AsSpan(candidate * HybridFeatures.Count, HybridFeatures.Count);

    /// <param name="context">The model's hybrid data.</param>
    /// <param name="seeds">Films whose neighbours are candidates and whose similarity makes the features (the liked ones).</param>
    /// <param name="foldIn">Every rated film, folded into ALS as the user (implicit feedback: a watched film is a signal even when disliked).</param>
    public static HybridQuery Build(HybridContext context, IReadOnlyList<HybridSeed> seeds, IReadOnlyList<HybridSeed> foldIn)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentNullException.ThrowIfNull(foldIn);
        RecommenderModel model = context.Model;
        CollaborativeModel collaborative = context.Collaborative;
        var seedSet = new HashSet<int>(seeds.Select(s => s.Film).Concat(foldIn.Select(s => s.Film)));
        var contentBySeed = new Dictionary<int, (float Score, int Rank)>[seeds.Count];
        var collaborativeBySeed = new Dictionary<int, (float Score, int Rank)>[seeds.Count];
        var candidates = new HashSet<int>();
        for (int s = 0; s < seeds.Count; s++)
        {
            int seed = seeds[s].Film;
            contentBySeed[s] = Listed(model.NeighboursOf(seed), model.NeighbourScoresOf(seed), seedSet, candidates);
            collaborativeBySeed[s] = Listed(collaborative.Similar.NeighboursOf(seed), collaborative.Similar.ScoresOf(seed), seedSet, candidates);
        }

        int[] byRank = context.Popularity.ByRank;
        for (int rank = 0, added = 0; rank < byRank.Length && added < context.Options.PopularHead; rank++)
        {
            if (!seedSet.Contains(byRank[rank]))
            {
                candidates.Add(byRank[rank]);
                added++;
            }
        }

        double[]? user = AlsFoldIn.Solve(collaborative.Factors, [.. foldIn.Select(s => (s.Film, s.Rating))]);
        if (user is not null && context.Options.AlsCandidates > 0)
        {
            AddBestAls(context, user, seedSet, candidates);
        }

        int[] ordered = [.. candidates.Order()];
        var features = new float[ordered.Length * HybridFeatures.Count];
        var bestSeed = new int[ordered.Length];
        var bestSimilarity = new float[ordered.Length];
        var seedStats = SeedStatistics(context, seeds);
        for (int c = 0; c < ordered.Length; c++)
        {
            var row = features.AsSpan(c * HybridFeatures.Count, HybridFeatures.Count);
            (bestSeed[c], bestSimilarity[c]) = Fill(context, seeds, ordered[c], contentBySeed, collaborativeBySeed, user, seedStats, row);
        }

        return new HybridQuery(ordered, features, bestSeed, bestSimilarity);
    }

    private static Dictionary<int, (float Score, int Rank)> Listed(ReadOnlySpan<int> films, ReadOnlySpan<float> scores,
        HashSet<int> seedSet, HashSet<int> candidates)
    {
        var listed = new Dictionary<int, (float, int)>(films.Length);
        for (int i = 0; i < films.Length; i++)
        {
            listed.TryAdd(films[i], (scores[i], i));
            if (!seedSet.Contains(films[i]))
            {
                candidates.Add(films[i]);
            }
        }

        return listed;
    }

    internal static void AddBestAls(HybridContext context, double[] user, HashSet<int> seedSet, HashSet<int> candidates)
    {
        int k = context.Collaborative.Factors.FactorCount;
        int wanted = context.Options.AlsCandidates;
        int[] films = context.RatedFilms;
        ReadOnlySpan<float> rows = context.RatedFactors;

        // Every rated film is scored (at 60k rated films this scan was most of a hybrid request): a SIMD dot product
        // per contiguous row, and the seed check only for films good enough to enter the top list.
        float[] userVector = new float[k];
        for (int i = 0; i < k; i++)
        {
            userVector[i] = (float)user[i];
        }

        var best = new PriorityQueue<int, float>(wanted + 1);
        float lowest = float.NegativeInfinity;
        for (int i = 0; i < films.Length; i++)
        {
            float score = TensorPrimitives.Dot(rows.Slice(i * k, k), userVector);
            if (best.Count == wanted && !(score > lowest))
            {
                continue;
            }

            int film = films[i];
            if (seedSet.Contains(film))
            {
                continue;
            }

            if (best.Count < wanted)
            {
                best.Enqueue(film, score);
            }
            else
            {
                best.DequeueEnqueue(film, score);
            }

            if (best.Count == wanted)
            {
                best.TryPeek(out _, out lowest);
            }
        }

        while (best.TryDequeue(out int film, out _))
        {
            candidates.Add(film);
        }
    }

    private readonly record struct SeedSummary(float RatedShare, int ContentListLength, int CollaborativeListLength);

    private static SeedSummary SeedStatistics(HybridContext context, IReadOnlyList<HybridSeed> seeds)
    {
        double share = 0;
        int contentLength = 0;
        int collaborativeLength = 0;
        foreach (var seed in seeds)
        {
            share += context.Collaborative.RatedShare(seed.Film);
            contentLength = Math.Max(contentLength, context.Model.NeighboursOf(seed.Film).Length);
            collaborativeLength = Math.Max(collaborativeLength, context.Collaborative.Similar.NeighboursOf(seed.Film).Length);
        }

        return new SeedSummary((float)(share / Math.Max(1, seeds.Count)), contentLength, collaborativeLength);
    }

    private static (int BestSeed, float BestSimilarity) Fill(HybridContext context, IReadOnlyList<HybridSeed> seeds, int candidate,
        Dictionary<int, (float Score, int Rank)>[] contentBySeed, Dictionary<int, (float Score, int Rank)>[] collaborativeBySeed,
        double[]? user, SeedSummary summary, Span<float> row)
    {
        RecommenderModel model = context.Model;
        CollaborativeModel collaborative = context.Collaborative;
        MovieTable movies = model.Table;
        int? year = movies.YearAt(candidate);
        double contentSum = 0, contentMax = 0, cfSum = 0, cfMax = 0, alsCosineMax = 0;
        int contentRank = int.MaxValue, cfRank = int.MaxValue, bestSeed = -1;
        int directors = 0, cast = 0, genres = 0, keywords = 0;
        float yearGap = HybridFeatures.UnknownYearGap;
        for (int s = 0; s < seeds.Count; s++)
        {
            int seed = seeds[s].Film;
            var shared = SharedTerms.Count(model, seed, candidate);
            double content = contentBySeed[s].TryGetValue(candidate, out var listed) ? listed.Score : shared.Dot;
            if (contentBySeed[s].ContainsKey(candidate))
            {
                contentRank = Math.Min(contentRank, listed.Rank);
            }

            contentSum += content;
            contentMax = Math.Max(contentMax, content);
            if (collaborativeBySeed[s].TryGetValue(candidate, out var similar))
            {
                cfSum += similar.Score;
                cfRank = Math.Min(cfRank, similar.Rank);
                if (similar.Score > cfMax)
                {
                    cfMax = similar.Score;
                    bestSeed = seed;
                }
            }

            alsCosineMax = Math.Max(alsCosineMax, collaborative.Factors.Cosine(seed, candidate));
            directors = Math.Max(directors, shared.Directors);
            cast = Math.Max(cast, shared.Cast);
            genres = Math.Max(genres, shared.Genres);
            keywords = Math.Max(keywords, shared.Keywords);
            if (year is int candidateYear && movies.YearAt(seed) is int seedYear)
            {
                yearGap = Math.Min(yearGap, Math.Abs(candidateYear - seedYear));
            }
        }

        int count = Math.Max(1, seeds.Count);
        row[(int)HybridFeature.ContentSimilarityMean] = (float)(contentSum / count);
        row[(int)HybridFeature.ContentSimilarityMax] = (float)contentMax;
        row[(int)HybridFeature.ContentRank] = contentRank == int.MaxValue ? summary.ContentListLength + AbsentRankPenalty : contentRank;
        row[(int)HybridFeature.CollaborativeSimilarityMean] = (float)(cfSum / count);
        row[(int)HybridFeature.CollaborativeSimilarityMax] = (float)cfMax;
        row[(int)HybridFeature.CollaborativeRank] = cfRank == int.MaxValue ? summary.CollaborativeListLength + AbsentRankPenalty : cfRank;
        row[(int)HybridFeature.AlsScore] = user is null ? 0 : (float)collaborative.Factors.Score(user, candidate);
        row[(int)HybridFeature.AlsCosineMax] = (float)alsCosineMax;
        row[(int)HybridFeature.Popularity] = context.Popularity.LogVoteShare[candidate];
        row[(int)HybridFeature.Rating] = (float)movies.VoteAverageAt(candidate);
        row[(int)HybridFeature.CandidateRatedShare] = (float)collaborative.RatedShare(candidate);
        row[(int)HybridFeature.SeedRatedShare] = summary.RatedShare;
        row[(int)HybridFeature.CandidateHasRatings] = collaborative.RatingCounts[candidate] > 0 ? 1 : 0;
        row[(int)HybridFeature.YearGap] = yearGap;
        row[(int)HybridFeature.SharedDirectors] = directors;
        row[(int)HybridFeature.SharedCast] = cast;
        row[(int)HybridFeature.SharedGenres] = genres;
        row[(int)HybridFeature.SharedKeywords] = keywords;
        row[(int)HybridFeature.SeedCount] = seeds.Count;
        return (bestSeed, (float)cfMax);
    }
}
