using MovieRecommender.Core.Ingest;
using MovieRecommender.Core.Persistence;
using MovieRecommender.Core.Training;
using MovieRecommender.Core.Updating;
using MovieRecommender.Training.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace MovieRecommender.Training;

/// <summary>Composition root of the trainer CLI; tests build it with their own console.</summary>
public static class TrainerApp
{
    public const string ApplicationName = "movierec-train";

    public static CommandApp Create(IAnsiConsole console, ITrainingPipeline? pipeline = null, ICatalogUpdater? updater = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName(ApplicationName);
            config.ConfigureConsole(console);
            // A misspelt option (--nieghbours 20) must stop the run, not train with the default as if nothing was said.
            config.UseStrictParsing();
            config.SetExceptionHandler((ex, _) => HandleFailure(console, ex));
            config.Settings.Registrar.RegisterInstance(console);
            // An unknown or misspelt option is an error, not silently ignored.
            config.Settings.StrictParsing = true;
            config.Settings.Registrar.RegisterInstance(pipeline ?? new TrainingPipeline(new CatalogReader(), new ModelWriter()));
            config.Settings.Registrar.RegisterInstance(new ModelVerifier(new ModelReader()));
            config.Settings.Registrar.RegisterInstance(updater ?? new CatalogUpdater(new CatalogReader(), new ModelReader(), new ModelWriter()));
            config.AddCommand<TrainCommand>("train")
                .WithDescription("Train a model from a TMDB catalog (.csv or .csv.gz) and publish it to a model directory.")
                .WithExample("train", "--input", "data/tmdb_5000_movies.csv", "--credits", "data/tmdb_5000_credits.csv.gz", "--output", "models");
            config.AddCommand<VerifyCommand>("verify")
                .WithDescription("Check a published model: every file's sha256 against the manifest, then a full load.")
                .WithExample("verify", "--model", "models/current");
            config.AddCommand<UpdateCommand>("update")
                .WithDescription("Add or replace films in a published model without training it again, and publish it as a new version.")
                .WithExample("update", "--model", "models/current", "--input", "new-films.csv");
        });
        return app;
    }

    /// <summary>
    /// Command-line mistakes (unknown command or option, wrong value type, failed validation) print Spectre's message,
    /// which names the offending argument, and exit with <see cref="ExitCodes.UsageError"/>.
    /// </summary>
    private static int HandleFailure(IAnsiConsole console, Exception exception)
    {
        if (exception is CommandAppException usage)
        {
            if (usage.Pretty is { } pretty)
            {
                console.Write(pretty);
            }
            else
            {
                console.MarkupLineInterpolated($"[red]Error:[/] {usage.Message}");
            }

            return ExitCodes.UsageError;
        }

        console.WriteException(exception, ExceptionFormats.ShortenEverything);
        return ExitCodes.UnexpectedError;
    }
}
