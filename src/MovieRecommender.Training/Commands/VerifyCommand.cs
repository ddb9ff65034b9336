using System.Globalization;
using MovieRecommender.Core.Persistence;
using Spectre.Console;
using Spectre.Console.Cli;

namespace MovieRecommender.Training.Commands;

/// <summary>
/// <c>verify</c>: recomputes every model file's sha256 (and fast checksum) against the manifest and loads the model,
/// printing one line per file. Exit 0 when everything matches and loads, <see cref="ExitCodes.BadInput"/> otherwise.
/// </summary>
public sealed class VerifyCommand(IAnsiConsole console, ModelVerifier verifier) : AsyncCommand<VerifySettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, VerifySettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        try
        {
            var files = await verifier.VerifyAsync(settings.ModelDirectory, cancellationToken);
            var table = new Table().AddColumn("File").AddColumn(new TableColumn("Bytes").RightAligned()).AddColumn("Result");
            foreach (var file in files)
            {
                table.AddRow(
                    Markup.Escape(file.Name),
                    file.Bytes.ToString("N0", CultureInfo.InvariantCulture),
                    file.IsValid ? "[green]ok[/]" : $"[red]{Markup.Escape(file.Problem!)}[/]");
            }

            console.Write(table);
            var failed = files.Where(f => !f.IsValid).ToList();
            if (failed.Count > 0)
            {
                WriteError($"{failed.Count} file(s) of {settings.ModelDirectory} do not match the manifest: {string.Join(", ", failed.Select(f => f.Name))}.");
                return ExitCodes.BadInput;
            }

            console.MarkupLine($"[green]Model verified:[/] {Markup.Escape(settings.ModelDirectory)}");
            return ExitCodes.Success;
        }
        catch (ModelLoadException ex)
        {
            WriteError(ex.Message);
            return ExitCodes.BadInput;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            WriteError(ex.Message);
            return ExitCodes.BadInput;
        }
    }

    private void WriteError(string message) => console.MarkupLine($"[red]Error:[/] {Markup.Escape(message)}");
}
