using System.ComponentModel;
using MovieRecommender.Core.Updating;
using Spectre.Console;
using Spectre.Console.Cli;

namespace MovieRecommender.Training.Commands;

/// <summary>Options of <c>update</c>.</summary>
public sealed class UpdateSettings : CommandSettings
{
    [CommandOption("-m|--model <DIR>")]
    [Description("Model directory to update (trained by this version: it holds termstats.bin and vectors.bin); the new version is published back to it.")]
    public string ModelDirectory { get; init; } = string.Empty;

    [CommandOption("-i|--input <FILE>")]
    [Description("Films to add, or to replace where the model has their TMDB id (.csv or .csv.gz, any layout train reads).")]
    public string InputPath { get; init; } = string.Empty;

    [CommandOption("-c|--credits <FILE>")]
    [Description("Optional TMDB 5000 credits file (.csv or .csv.gz), joined on id.")]
    public string? CreditsPath { get; init; }

    [CommandOption("--threads <N>")]
    [Description("Cores to use (default: all).")]
    public int? Threads { get; init; }

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(ModelDirectory))
        {
            return ValidationResult.Error("--model is required: the model directory to update.");
        }

        if (string.IsNullOrWhiteSpace(InputPath))
        {
            return ValidationResult.Error("--input is required: the films to add or replace.");
        }

        return Threads is < 1 ? ValidationResult.Error("--threads must be at least 1.") : ValidationResult.Success();
    }

    public CatalogUpdateRequest ToRequest() => new()
    {
        ModelDirectory = ModelDirectory,
        InputPath = InputPath,
        CreditsPath = string.IsNullOrWhiteSpace(CreditsPath) ? null : CreditsPath,
        MaxDegreeOfParallelism = Threads ?? -1,
    };
}
