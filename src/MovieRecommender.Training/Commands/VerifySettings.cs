using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace MovieRecommender.Training.Commands;

/// <summary>Options of <c>verify</c>.</summary>
public sealed class VerifySettings : CommandSettings
{
    [CommandOption("-m|--model <DIR>")]
    [Description("Model directory to check (manifest.json and the files it lists).")]
    public string ModelDirectory { get; init; } = string.Empty;

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(ModelDirectory)
            ? ValidationResult.Error("--model is required: the model directory to verify.")
            : ValidationResult.Success();
}
