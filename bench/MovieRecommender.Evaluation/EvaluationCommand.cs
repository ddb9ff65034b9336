using System.Diagnostics;
using System.Globalization;
using MovieRecommender.Benchmarks.Reporting;
using MovieRecommender.Core.Catalog;
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
        var likes = MovieLensLikes.Read(options.MovieLensDirectory);
        var cases = EvaluationProtocol.BuildCases(catalog, likes, options.SeedsPerUser, options.Seed);
        output.WriteLine(FormattableString.Invariant(
            $"catalog {catalog.Length} films (released, votes ≥ {options.MinVotes}); {cases.Select(c => c.UserId).Distinct().Count()} users, {cases.Count} cases; k = {options.Cutoff}; seed {options.Seed}"));

        var runner = new EvaluationRunner(cases, catalog.Length, new FeatureSimilarity(catalog), options.Cutoff);
        var results = new List<ConfigurationResult>();
        foreach (var recommender in Recommenders(catalog, options))
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

    private static IEnumerable<IEvaluatedRecommender> Recommenders(Movie[] catalog, EvaluationOptions options)
    {
        yield return new RandomRecommender(catalog.Length, options.Seed);
        yield return new PopularityRecommender("Popularity baseline (vote count)", catalog, m => m.VoteCount);
        yield return new PopularityRecommender("Popularity baseline (TMDB popularity)", catalog, m => m.Popularity);
        foreach (var planned in ExperimentPlan.Configurations)
        {
            if (options.Only is null || planned.Name.Contains(options.Only, StringComparison.OrdinalIgnoreCase))
            {
                yield return new ContentRecommender(planned.Name, catalog, planned.Settings);
            }
        }

        TrainerRecommender? defaultModel = null;
        foreach (var (name, buildOptions, prior) in TrainerPlan.Configurations)
        {
            if (options.Only is null || name.Contains(options.Only, StringComparison.OrdinalIgnoreCase))
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
