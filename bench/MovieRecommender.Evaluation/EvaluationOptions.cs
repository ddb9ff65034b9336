using System.Globalization;

namespace MovieRecommender.Evaluation;

/// <summary>Command-line options; paths are resolved against the working directory.</summary>
public sealed record EvaluationOptions
{
    public const int DefaultSeed = 42;
    public const int DefaultCutoff = 10;
    public const int MediumPresetMinVotes = 50;

    // The reference data lives beside the repository (../shared/data) and is never copied into it.
    public const string DefaultMoviesPath = "../shared/data/tmdb_5000_movies.csv";
    public const string DefaultCreditsPath = "../shared/data/tmdb_5000_credits.csv.gz";
    public const string DefaultMovieLensDirectory = "../shared/data/ml-latest-small";

    public required string MoviesPath { get; init; }
    public string? CreditsPath { get; init; }
    public required string MovieLensDirectory { get; init; }

    /// <summary>dev (tuning), test (the reported figures) or all (the content-only protocol over every user).</summary>
    public string Split { get; init; } = "test";
    public int Seed { get; init; } = DefaultSeed;
    public int SeedsPerUser { get; init; } = 1;

    /// <summary>Profiles drawn per scored user in the personal protocol.</summary>
    public int ProfilesPerUser { get; init; } = 1;
    public int Cutoff { get; init; } = DefaultCutoff;
    public int MinVotes { get; init; } = MediumPresetMinVotes;

    /// <summary>Folder for the markdown table and the SVG chart; nothing is written when null.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>Titles separated by '|' whose content and hybrid lists are printed (to read what the numbers mean).</summary>
    public string? Show { get; init; }

    /// <summary>Run only configurations whose name contains this text (plus baselines); null runs all.</summary>
    public string? Only { get; init; }

    public static EvaluationOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new ArgumentException($"Expected '--name value' pairs, got '{args[i]}'.");
            }

            values[args[i][2..]] = args[++i];
        }

        string Path(string name, string fallback) => values.GetValueOrDefault(name, fallback);
        int Integer(string name, int fallback) => values.TryGetValue(name, out var value)
            ? int.Parse(value, CultureInfo.InvariantCulture)
            : fallback;

        return new EvaluationOptions
        {
            MoviesPath = Path("movies", DefaultMoviesPath),
            CreditsPath = Path("credits", DefaultCreditsPath),
            MovieLensDirectory = Path("movielens", DefaultMovieLensDirectory),
            Split = values.GetValueOrDefault("split", "test"),
            Seed = Integer("seed", DefaultSeed),
            SeedsPerUser = Integer("seeds-per-user", 1),
            ProfilesPerUser = Integer("profiles-per-user", 1),
            Cutoff = Integer("k", DefaultCutoff),
            MinVotes = Integer("min-votes", MediumPresetMinVotes),
            OutputDirectory = values.GetValueOrDefault("output"),
            Only = values.GetValueOrDefault("only"),
            Show = values.GetValueOrDefault("show"),
        };
    }
}
