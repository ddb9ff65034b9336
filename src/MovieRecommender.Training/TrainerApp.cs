using MovieRecommender.Core.Ingest;
using MovieRecommender.Core.Persistence;
using MovieRecommender.Core.Training;
using MovieRecommender.Training.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace MovieRecommender.Training;

/// <summary>Composition root of the trainer CLI; tests build it with their own console.</summary>
public static class TrainerApp
{
    public const string ApplicationName = "movierec-train";

    public static CommandApp Create(IAnsiConsole console, ITrainingPipeline? pipeline = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName(ApplicationName);
            config.ConfigureConsole(console);
            config.Settings.Registrar.RegisterInstance(console);
            config.Settings.Registrar.RegisterInstance(pipeline ?? new TrainingPipeline(new CatalogReader(), new ModelWriter()));
            config.Settings.Registrar.RegisterInstance(new ModelVerifier(new ModelReader()));
            config.AddCommand<TrainCommand>("train")
                .WithDescription("Train a model from a TMDB catalog (.csv or .csv.gz) and publish it to a model directory.")
                .WithExample("train", "--input", "data/tmdb_5000_movies.csv", "--credits", "data/tmdb_5000_credits.csv.gz", "--output", "models");
            config.AddCommand<VerifyCommand>("verify")
                .WithDescription("Check a published model: every file's sha256 against the manifest, then a full load.")
                .WithExample("verify", "--model", "models/current");
        });
        return app;
    }
}
