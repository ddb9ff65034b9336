using System.ComponentModel;
using MovieRecommender.Core.Training;
using Spectre.Console;
using Spectre.Console.Cli;

namespace MovieRecommender.Training.Commands;

/// <summary>Options of <c>train</c>.</summary>
public sealed class TrainSettings : CommandSettings
{
    public const int MaxNeighbours = 1000;
    public const int MaxThreads = 1024;

    [CommandOption("-i|--input <FILE>")]
    [Description("Movies file: TMDB 5000, TMDB full dump or demo catalog (.csv or .csv.gz).")]
    public string InputPath { get; init; } = string.Empty;

    [CommandOption("-c|--credits <FILE>")]
    [Description("Optional TMDB 5000 credits file (.csv or .csv.gz), joined on id.")]
    public string? CreditsPath { get; init; }

    [CommandOption("-o|--output <DIR>")]
    [Description("Model directory to publish (replaced atomically).")]
    public string OutputDirectory { get; init; } = string.Empty;

    [CommandOption("-q|--quality <PRESET>")]
    [Description("low | medium | high: minimum vote count 5 / 50 / 500.")]
    [DefaultValue(QualityPreset.Low)]
    public QualityPreset Quality { get; init; } = QualityPreset.Low;

    [CommandOption("-k|--neighbours <K>")]
    [Description("Neighbours kept per film.")]
    [DefaultValue(NeighbourOptions.DefaultNeighbours)]
    public int Neighbours { get; init; } = NeighbourOptions.DefaultNeighbours;

    [CommandOption("--min-votes <N>")]
    [Description("Minimum vote count; overrides the quality preset.")]
    public int? MinVotes { get; init; }

    [CommandOption("--include-adult")]
    [Description("Keep films flagged adult (excluded by default).")]
    public bool IncludeAdult { get; init; }

    [CommandOption("--include-unreleased")]
    [Description("Keep films whose status is not Released.")]
    public bool IncludeUnreleased { get; init; }

    [CommandOption("--providers <FILE>")]
    [Description("Optional watch providers in TMDB's layout, per country (.json array or JSON Lines, optionally .gz); stored in the model.")]
    public string? ProvidersPath { get; init; }

    [CommandOption("--max-features <N>")]
    [Description("TF-IDF vocabulary size cap (default 50000).")]
    public int? MaxFeatures { get; init; }

    [CommandOption("--threads <N>")]
    [Description("Worker threads for training (default: one per core).")]
    public int? Threads { get; init; }

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(InputPath))
        {
            return ValidationResult.Error("--input is required: the movies file to train from.");
        }

        if (string.IsNullOrWhiteSpace(OutputDirectory))
        {
            return ValidationResult.Error("--output is required: the model directory to publish.");
        }

        if (Neighbours is < 1 or > MaxNeighbours)
        {
            return ValidationResult.Error($"--neighbours must be between 1 and {MaxNeighbours}.");
        }

        if (Threads is < 1 or > MaxThreads)
        {
            return ValidationResult.Error($"--threads must be between 1 and {MaxThreads}.");
        }

        if (MinVotes is < 0)
        {
            return ValidationResult.Error("--min-votes must not be negative.");
        }

        return MaxFeatures is < 1 ? ValidationResult.Error("--max-features must be at least 1.") : ValidationResult.Success();
    }

    public TrainingRequest ToRequest() => new()
    {
        InputPath = InputPath,
        CreditsPath = string.IsNullOrWhiteSpace(CreditsPath) ? null : CreditsPath,
        OutputDirectory = OutputDirectory,
        Quality = Quality,
        MinVoteCount = MinVotes,
        IncludeAdult = IncludeAdult,
        ReleasedOnly = !IncludeUnreleased,
        Neighbours = Neighbours,
        MaxFeatures = MaxFeatures,
        Threads = Threads,
        ProvidersPath = string.IsNullOrWhiteSpace(ProvidersPath) ? null : ProvidersPath,
    };
}
