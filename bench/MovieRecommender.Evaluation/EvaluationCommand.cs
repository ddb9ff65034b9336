using System.Diagnostics;
using System.Globalization;
using MovieRecommender.Benchmarks.Reporting;
using MovieRecommender.Core.Catalog;
using MovieRecommender.Core.Collaborative;
using MovieRecommender.Core.Recommendations;
using MovieRecommender.Evaluation.Data;
using MovieRecommender.Evaluation.Protocol;
using MovieRecommender.Evaluation.Recommenders;
using MovieRecommender.Evaluation.Reporting;

namespace MovieRecommender.Evaluation;

/// <summary>
/// Loads the data, builds the cases of the chosen split, evaluates every configuration on the seed protocol (and, on
/// a split with training users, the cold-start slices and the personal protocol) and writes the report sections.
/// </summary>
public static class EvaluationCommand
{
    public const string EngineContentName = "engine: defaults (popularity prior 0.1), MMR off";
    public const string OriginalProfileName = "Original app (summed similarity rows of the 5 films)";

    /// <summary>--only text that also runs the personal protocol (it runs always without --only).</summary>
    public const string PersonalSelector = "personal";

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
        var description = string.Create(CultureInfo.InvariantCulture,
            $"Catalog {catalog.Length:N0} films; split {split.Name}: {cases.Count} cases from {cases.Select(c => c.UserId).Distinct().Count()} scored users, collaborative parts trained on {training.Count:N0} ratings; seed {options.Seed}, {options.SeedsPerUser} seed film(s) per user; k = {options.Cutoff}.");
        output.WriteLine(description);

        var similarity = new FeatureSimilarity(catalog);
        var setup = split.HasTraining ? new CollaborativeSetup(catalog, training, output) : null;
        if (setup is not null && options.Show is not null)
        {
            ListPrinter.Print(setup, options.Show.Split('|'), output);
            return 0;
        }
        var runner = new EvaluationRunner(cases, catalog.Length, similarity, options.Cutoff);
        var results = Evaluate(Recommenders(catalog, options).Concat(CollaborativeRecommenders(options, setup)), runner.Run, output);

        IReadOnlyList<ConfigurationResult> personal = [];
        var profileCases = ProfileProtocol.BuildCases(ratings.Of(split.Scores), options.Seed, options.ProfilesPerUser);
        if (setup is not null && (options.Only is null || Selected(options, PersonalSelector)))
        {
            var profileRunner = new ProfileRunner(profileCases, catalog.Length, similarity, options.Cutoff);
            output.WriteLine(FormattableString.Invariant($"personal protocol: {profileCases.Count} profiles, {ProfileProtocol.ProfileSize} rated films in"));
            personal = Evaluate(ProfileRecommenders(catalog, setup), profileRunner.Run, output);
        }

        if (options.OutputDirectory is not null)
        {
            Write(options, split, description, results, personal, profileCases, cases, setup);
        }

        return 0;
    }

    private static List<ConfigurationResult> Evaluate<T>(IEnumerable<T> recommenders, Func<T, ConfigurationResult> run, TextWriter output)
        where T : class
    {
        var results = new List<ConfigurationResult>();
        foreach (var recommender in recommenders)
        {
            var stopwatch = Stopwatch.StartNew();
            var result = run(recommender);
            results.Add(result);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.Name,-64} NDCG {result.Ndcg}  HR {result.HitRate.Mean:0.000}  P {result.Precision.Mean:0.0000}  cov {result.Coverage:0.000}  ILD {result.Diversity.Mean:0.000}  ({stopwatch.Elapsed.TotalSeconds:0.0} s)"));
            (recommender as IDisposable)?.Dispose();
        }

        return results;
    }

    private static void Write(EvaluationOptions options, UserSplit split, string description, List<ConfigurationResult> results,
        IReadOnlyList<ConfigurationResult> personal, IReadOnlyList<ProfileCase> profileCases, IReadOnlyList<EvaluationCase> cases,
        CollaborativeSetup? setup)
    {
        var directory = options.OutputDirectory!;
        Directory.CreateDirectory(directory);
        var quality = Path.Combine(directory, "quality.md");
        var marker = split.HasTraining ? $"quality-{split.Name}" : options.SeedsPerUser == 1 ? "quality" : "quality-dev";
        var table = QualityTable.ToMarkdown(results, results.FirstOrDefault(r => r.Name == ExperimentPlan.OriginalName), options.Cutoff, options.Seed);
        var section = $"{description}\n\n{table}";
        File.WriteAllText(Path.Combine(directory, $"{marker}-results.md"), section);
        MarkdownSection.TryReplace(quality, marker, section);
        File.WriteAllText(Path.Combine(directory, $"{marker}.svg"), QualityChart.ToSvg([.. results.Where(IsCharted)], options.Cutoff));

        var content = results.FirstOrDefault(r => r.Name == EngineContentName);
        if (setup is not null && content is not null)
        {
            var cold = ColdStartTable.ToMarkdown(results.Where(IsCharted).ToList(), content, cases, setup.RatingCounts, options.Cutoff, options.Seed);
            MarkdownSection.TryReplace(quality, $"{marker}-cold", cold);
        }

        if (personal.Count > 0)
        {
            var reference = personal.FirstOrDefault(r => r.Name == OriginalProfileName);
            var personalSection = string.Create(CultureInfo.InvariantCulture,
                $"{profileCases.Count} profiles ({options.ProfilesPerUser} per scored user); {ProfileProtocol.ProfileSize} rated films in (any rating), top-{options.Cutoff} out, scored on the user's other liked films; coverage = share of the catalog in at least one user's list.\n\n{QualityTable.ToMarkdown(personal, reference, options.Cutoff, options.Seed)}");
            MarkdownSection.TryReplace(quality, $"{marker}-personal", personalSection);
            File.WriteAllText(Path.Combine(directory, $"{marker}-personal.svg"), QualityChart.ToSvg(personal, options.Cutoff));
        }
    }

    // The chart shows baselines, the cumulative steps and the main product rows; the rest is in the table only.
    private static bool IsCharted(ConfigurationResult result) =>
        TrainerPlan.Charted.Contains(result.Name)
        || CollaborativePlan.Charted.Contains(result.Name)
        || ExperimentPlan.Configurations.FirstOrDefault(p => p.Name == result.Name) is { IsStep: true }
        || result.Name.Contains("baseline", StringComparison.Ordinal);

    private static IEnumerable<IEvaluatedRecommender> CollaborativeRecommenders(EvaluationOptions options, CollaborativeSetup? setup)
    {
        if (setup is null)
        {
            yield break;
        }

        var counts = setup.RatingCounts;
        yield return new PopularityRecommender("Popularity baseline (training users' rating counts)", [.. counts.Select(c => (double)c)]);
        foreach (var (name, itemOptions) in CollaborativePlan.ItemItem)
        {
            if (name == CollaborativePlan.ItemItemName || Selected(options, name))
            {
                var graph = name == CollaborativePlan.ItemItemName ? setup.Collaborative.Similar : ItemSimilarityTrainer.Train(setup.Matrix, itemOptions);
                yield return new ItemItemRecommender(name, graph);
            }
        }

        foreach (var (name, alsOptions) in CollaborativePlan.Als)
        {
            if (name == CollaborativePlan.AlsName || Selected(options, name))
            {
                var factors = name == CollaborativePlan.AlsName ? setup.Collaborative.Factors : ImplicitAlsTrainer.Train(setup.Matrix, alsOptions);
                yield return new AlsRecommender(name, factors);
            }
        }

        var content = new EngineRecommender("content", setup.Content, diversity: 0, TrainerPlan.PopularityPrior);
        yield return new RankBlendRecommender(CollaborativePlan.BlendName, content, new ItemItemRecommender("item-item", setup.Collaborative.Similar));
        foreach (var (name, candidates, onlyOnRequest) in CollaborativePlan.Hybrid)
        {
            if (onlyOnRequest ? options.Only is not null && Selected(options, name) : Selected(options, name) || options.Only is not null)
            {
                yield return new EngineRecommender(name, setup.Hybrid(candidates), diversity: 0, TrainerPlan.PopularityPrior, RecommendationAlgorithm.Hybrid);
            }
        }
    }

    private static IEnumerable<IProfileEvaluatedRecommender> ProfileRecommenders(Movie[] catalog, CollaborativeSetup setup)
    {
        yield return new SummedRowsProfileRecommender(OriginalProfileName, catalog, ExperimentPlan.Original);
        yield return new EngineProfileRecommender("content default (engine: liked films' rows, popularity prior)", setup.Content, RecommendationAlgorithm.Content);
        yield return new ItemItemProfileRecommender("item-item CF (liked films' neighbour rows added)", setup.Collaborative.Similar);
        yield return new AlsProfileRecommender("ALS fold-in (all 5 ratings)", setup.Collaborative.Factors);
        yield return new EngineProfileRecommender("hybrid (engine: fold-in + learned ranker) = product default",
            setup.Hybrid(CollaborativePlan.Hybrid[0].Candidates), RecommendationAlgorithm.Hybrid);
        foreach (var discount in CollaborativePlan.ProfileDiscounts.Skip(1).Where(d => d != CollaborativePlan.ProfileDiscounts[0]))
        {
            yield return new EngineProfileRecommender(FormattableString.Invariant($"ablation: hybrid, profile popularity discount {discount}"),
                setup.Hybrid(CollaborativePlan.Hybrid[0].Candidates with { ProfilePopularityDiscount = discount }), RecommendationAlgorithm.Hybrid);
        }

        foreach (var share in CollaborativePlan.ProfileContentShares.Where(s => s != CollaborativePlan.Hybrid[0].Candidates.ProfileContentShare))
        {
            yield return new EngineProfileRecommender(FormattableString.Invariant($"ablation: hybrid, content share {share} of the list"),
                setup.Hybrid(CollaborativePlan.Hybrid[0].Candidates with { ProfileContentShare = share }), RecommendationAlgorithm.Hybrid);
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
            bool isDefault = ReferenceEquals(buildOptions, TrainerPlan.Defaults) && prior == 0;
            if (isDefault || Selected(options, name))
            {
                var trainer = new TrainerRecommender(name, catalog, buildOptions, prior);
                defaultModel = isDefault ? trainer : defaultModel;
                if (Selected(options, name))
                {
                    yield return trainer;
                }
            }
        }

        if (defaultModel is not null)
        {
            // The engine end to end (candidate pool, its popularity prior, MMR) on the default model; the content
            // engine row is the cold-start slices' reference, so it always runs.
            if (Selected(options, "engine: popularity prior 0"))
            {
                yield return new EngineRecommender("engine: popularity prior 0, MMR off", defaultModel.Model, diversity: 0, popularityPrior: 0);
            }

            yield return new EngineRecommender(EngineContentName, defaultModel.Model, diversity: 0, TrainerPlan.PopularityPrior);
            if (Selected(options, "engine: defaults, MMR 0.3"))
            {
                yield return new EngineRecommender("engine: defaults, MMR 0.3", defaultModel.Model, diversity: 0.3, TrainerPlan.PopularityPrior);
            }
        }
    }
}
