using System.Globalization;

namespace MovieRecommender.Evaluation;

/// <summary>Command-line options; paths are resolved against the working directory.</summary>
public sealed record EvaluationOptions
{
    public const int DefaultSeed = 42;
    public const int DefaultCutoff = 10;
    public const int MediumPresetMinVotes = 50;

    public required string MoviesPath { get; init; }
    public string? CreditsPath { get; init; }
    public required string MovieLensDirectory { get; init; }
    public int Seed { get; init; } = DefaultSeed;
    public int SeedsPerUser { get; init; } = 1;
    public int Cutoff { get; init; } = DefaultCutoff;
    public int MinVotes { get; init; } = MediumPresetMinVotes;

    /// <summary>Folder for the markdown table and the SVG chart; nothing is written when null.</summary>
    public string? OutputDirectory { get; init; }

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

        string Required(string name) => values.TryGetValue(name, out var value)
            ? value
            : throw new ArgumentException($"Missing required option --{name}.");
        int Integer(string name, int fallback) => values.TryGetValue(name, out var value)
            ? int.Parse(value, CultureInfo.InvariantCulture)
            : fallback;

        return new EvaluationOptions
        {
            MoviesPath = Required("movies"),
            CreditsPath = values.GetValueOrDefault("credits"),
            MovieLensDirectory = Required("movielens"),
            Seed = Integer("seed", DefaultSeed),
            SeedsPerUser = Integer("seeds-per-user", 1),
            Cutoff = Integer("k", DefaultCutoff),
            MinVotes = Integer("min-votes", MediumPresetMinVotes),
            OutputDirectory = values.GetValueOrDefault("output"),
            Only = values.GetValueOrDefault("only"),
        };
    }
}
