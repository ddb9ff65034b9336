using System.Diagnostics;
using System.Globalization;
using MovieRecommender.Benchmarks.Reporting;
using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Collaborative;
using MovieRecommender.Core.Hybrid;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Core.Training;
using MovieRecommender.Evaluation.Data;
using MovieRecommender.Evaluation.Protocol;
using MovieRecommender.Evaluation.Recommenders;
using MovieRecommender.Evaluation.Reporting;

namespace MovieRecommender.Evaluation;

/// <summary>Loads the data, builds the cases, evaluates every configuration and writes the report.</summary>
public static class EvaluationCommand
{
    public static int Run(EvaluationOptions options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var catalog = Tmdb5000Reader.Read(options.MoviesPath, options.CreditsPath)
            .Where(r => r.IsReleased && r.Movie.VoteCount >= options.MinVotes)
            .Select(r => r.Movie)
            .ToArray();
        var split = UserSplit.Parse(options.Split);
        var ratings = MovieLensRatings.Read(options.MovieLensDirectory, catalog);
        var likes = ratings.LikedTmdbIds(catalog, split.Scores);
        var cases = EvaluationProtocol.BuildCases(catalog, likes, options.SeedsPerUser, options.Seed);
        var training = split.HasTraining ? ratings.Of(split.Trains) : [];
        output.WriteLine(FormattableString.Invariant(
            $"catalog {catalog.Length} films (released, votes ≥ {options.MinVotes}); split {split.Name}: {cases.Select(c => c.UserId).Distinct().Count()} users scored, {cases.Count} cases, {training.Count} training ratings; k = {options.Cutoff}; seed {options.Seed}"));

        var runner = new EvaluationRunner(cases, catalog.Length, new FeatureSimilarity(catalog), options.Cutoff);
        var results = new List<ConfigurationResult>();
        foreach (var recommender in Recommenders(catalog, options).Concat(CollaborativeRecommenders(catalog, options, training)))
        {
            var stopwatch = Stopwatch.StartNew();
            var result = runner.Run(recommender);
            results.Add(result);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.Name,-58} NDCG {result.Ndcg}  HR {result.HitRate.Mean:0.000}  P {result.Precision.Mean:0.0000}  cov {result.Coverage:0.000}  ILD {result.Diversity.Mean:0.000}  ({stopwatch.Elapsed.TotalSeconds:0.0} s)"));
        }

        if (options.OutputDirectory is not null)
        {
            Directory.CreateDirectory(options.OutputDirectory);
            var table = QualityTable.ToMarkdown(results, results.FirstOrDefault(r => r.Name == ExperimentPlan.OriginalName), options.Cutoff, options.Seed);
            var section = string.Create(CultureInfo.InvariantCulture,
                $"Catalog {catalog.Length:N0} films; {cases.Count} cases from {cases.Select(c => c.UserId).Distinct().Count()} users; seed {options.Seed}, {options.SeedsPerUser} seed film(s) per user; k = {options.Cutoff}.\n\n{table}");
            File.WriteAllText(Path.Combine(options.OutputDirectory, "quality-results.md"), section);
            MarkdownSection.TryReplace(Path.Combine(options.OutputDirectory, "quality.md"), options.SeedsPerUser == 1 ? "quality" : "quality-dev", section);
            File.WriteAllText(Path.Combine(options.OutputDirectory, "quality.svg"), QualityChart.ToSvg([.. results.Where(IsCharted)], options.Cutoff));
        }

        return 0;
    }

    // The chart shows baselines, the cumulative steps and the main product rows; the rest is in the table only.
    private static bool IsCharted(ConfigurationResult result) =>
        TrainerPlan.Charted.Contains(result.Name)
        || ExperimentPlan.Configurations.FirstOrDefault(p => p.Name == result.Name) is { IsStep: true }
        || result.Name.Contains("baseline", StringComparison.Ordinal);

    private static IEnumerable<IEvaluatedRecommender> CollaborativeRecommenders(Movie[] catalog, EvaluationOptions options, IReadOnlyList<UserFilmRating> training)
    {
        if (training.Count == 0)
        {
            yield break;
        }

        var (matrix, _) = RatingMatrix.FromRatings(training, catalog.Length);
        NeighbourGraph? itemItem = null;
        foreach (var (name, itemOptions) in CollaborativePlan.ItemItem)
        {
            if (Selected(options, name))
            {
                var graph = ItemSimilarityTrainer.Train(matrix, itemOptions);
                itemItem ??= graph;
                yield return new ItemItemRecommender(name, graph);
            }
        }

        foreach (var (name, alsOptions) in CollaborativePlan.Als)
        {
            if (Selected(options, name))
            {
                yield return new AlsRecommender(name, ImplicitAlsTrainer.Train(matrix, alsOptions));
            }
        }

        var content = new TrainerRecommender("content", catalog, TrainerPlan.Defaults, TrainerPlan.PopularityPrior);
        if (itemItem is not null && Selected(options, "naive blend"))
        {
            yield return new RankBlendRecommender("naive blend: content default + item-item (reciprocal rank)", content,
                new ItemItemRecommender("item-item", itemItem));
        }

        foreach (var (name, candidates) in CollaborativePlan.Hybrid)
        {
            if (!Selected(options, name))
            {
                continue;
            }

            var stopwatch = Stopwatch.StartNew();
            var collaborative = CollaborativeModel.Train(matrix, ItemSimilarityOptions.Default, ImplicitAlsOptions.Default);
            var ranker = RankerTrainer.Train(content.Model, training, ItemSimilarityOptions.Default, ImplicitAlsOptions.Default, candidates, RankerTrainingOptions.Default);
            Console.WriteLine(FormattableString.Invariant($"  ranker: {ranker.Queries} queries, {ranker.Rows} rows, {ranker.PositiveShare:P1} positive, {ranker.Ranker.TreeCount} trees ({stopwatch.Elapsed.TotalSeconds:0} s)"));
            var parameters = new Dictionary<string, string>(content.Model.Manifest.Parameters);
            foreach (var (key, value) in candidates.ToParameters())
            {
                parameters[key] = value;
            }

            var model = content.Model.WithManifest(content.Model.Manifest with { Parameters = parameters }).WithHybrid(collaborative, ranker.Ranker);
            using var engine = new EngineRecommender(name, model, diversity: 0, TrainerPlan.PopularityPrior, RecommendationAlgorithm.Hybrid);
            yield return engine;
        }
    }

    // --only takes one or more texts separated by '|'; a configuration runs when its name contains any of them.
    private static bool Selected(EvaluationOptions options, string name) =>
        options.Only is null || options.Only.Split('|').Any(text => name.Contains(text, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<IEvaluatedRecommender> Recommenders(Movie[] catalog, EvaluationOptions options)
    {
        yield return new RandomRecommender(catalog.Length, options.Seed);
        yield return new PopularityRecommender("Popularity baseline (vote count)", catalog, m => m.VoteCount);
        yield return new PopularityRecommender("Popularity baseline (TMDB popularity)", catalog, m => m.Popularity);
        foreach (var planned in ExperimentPlan.Configurations)
        {
            // The original configuration is every ratio's reference, so it always runs.
            if (planned.Name == ExperimentPlan.OriginalName || Selected(options, planned.Name))
            {
                yield return new ContentRecommender(planned.Name, catalog, planned.Settings);
            }
        }

        TrainerRecommender? defaultModel = null;
        foreach (var (name, buildOptions, prior) in TrainerPlan.Configurations)
        {
            if (Selected(options, name))
            {
                var trainer = new TrainerRecommender(name, catalog, buildOptions, prior);
                defaultModel = ReferenceEquals(buildOptions, TrainerPlan.Defaults) && prior == 0 ? trainer : defaultModel;
                yield return trainer;
            }
        }

        if (defaultModel is not null)
        {
            // The engine end to end (candidate pool, its popularity prior, MMR) on the default model.
            using var withoutPrior = new EngineRecommender("engine: popularity prior 0, MMR off", defaultModel.Model, diversity: 0, popularityPrior: 0);
            yield return withoutPrior;
            using var engine = new EngineRecommender("engine: defaults (popularity prior 0.1), MMR off", defaultModel.Model, diversity: 0, TrainerPlan.PopularityPrior);
            yield return engine;
            using var diverse = new EngineRecommender("engine: defaults, MMR 0.3", defaultModel.Model, diversity: 0.3, TrainerPlan.PopularityPrior);
            yield return diverse;
        }
    }
}
