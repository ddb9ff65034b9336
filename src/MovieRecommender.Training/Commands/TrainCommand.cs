using MovieRecommender.Core.Ingest;
using MovieRecommender.Core.Training;
using Spectre.Console;
using Spectre.Console.Cli;

namespace MovieRecommender.Training.Commands;

/// <summary><c>train</c>: runs the training pipeline with progress per stage and prints a summary.</summary>
public sealed class TrainCommand(IAnsiConsole console, ITrainingPipeline pipeline) : AsyncCommand<TrainSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, TrainSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var request = settings.ToRequest();
        try
        {
            var summary = await new TrainingProgressView(console).RunAsync(
                progress => pipeline.TrainAsync(request, progress, cancellationToken));
            console.Write(TrainingSummaryTable.Create(summary));
            console.MarkupLine($"[green]Model published to[/] {Markup.Escape(summary.ModelDirectory)}");
            return ExitCodes.Success;
        }
        catch (CatalogFormatException ex)
        {
            WriteError(ex.Message);
            return ExitCodes.BadInput;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            WriteError(ex.Message);
            return ExitCodes.OutputError;
        }
        catch (OperationCanceledException)
        {
            WriteError("Training was cancelled; the previous model (if any) is unchanged.");
            return ExitCodes.Cancelled;
        }
    }

    private void WriteError(string message) => console.MarkupLine($"[red]Error:[/] {Markup.Escape(message)}");
}
