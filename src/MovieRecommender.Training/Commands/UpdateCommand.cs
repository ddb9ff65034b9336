using MovieRecommender.Core.Ingest;
using MovieRecommender.Core.Persistence;
using MovieRecommender.Core.Updating;
using Spectre.Console;
using Spectre.Console.Cli;

namespace MovieRecommender.Training.Commands;

/// <summary><c>update</c>: adds or replaces films in a published model without training it again, with progress and a summary.</summary>
public sealed class UpdateCommand(IAnsiConsole console, ICatalogUpdater updater) : AsyncCommand<UpdateSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, UpdateSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var request = settings.ToRequest();
        try
        {
            var summary = await new TrainingProgressView(console).RunAsync(
                progress => updater.UpdateAsync(request, progress, cancellationToken));
            console.Write(UpdateSummaryTable.Create(summary));
            if (summary.Drift.RetrainAdvised)
            {
                console.MarkupLine(
                    $"[yellow]Advice:[/] the idf of the model's terms is {summary.Drift.MeanRelativeChange:P1} off the current catalog's " +
                    $"(more than {IdfDrift.RetrainAdvisedAbove:P0}); run train on the whole catalog for the best neighbours.");
            }

            console.MarkupLine($"[green]Model {Markup.Escape(summary.ModelVersion)} published to[/] {Markup.Escape(summary.ModelDirectory)}");
            return ExitCodes.Success;
        }
        catch (CatalogFormatException ex)
        {
            WriteError(ex.Message);
            return ExitCodes.BadInput;
        }
        catch (Exception ex) when (ex is ModelLoadException or ModelUpdateException)
        {
            WriteError(ex.Message);
            return ExitCodes.ModelError;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            WriteError(ex.Message);
            return ExitCodes.OutputError;
        }
        catch (OperationCanceledException)
        {
            WriteError("The update was cancelled; the model is unchanged.");
            return ExitCodes.Cancelled;
        }
    }

    private void WriteError(string message) => console.MarkupLine($"[red]Error:[/] {Markup.Escape(message)}");
}
