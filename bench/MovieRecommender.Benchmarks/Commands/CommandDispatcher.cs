namespace MovieRecommender.Benchmarks.Commands;

/// <summary>Runs a custom command when the first argument names one; null lets BenchmarkDotNet handle the rest.</summary>
public static class CommandDispatcher
{
    public static async Task<int?> TryRunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0)
        {
            return null;
        }

        var rest = args.Skip(1).ToArray();
        try
        {
            return args[0] switch
            {
                GenerateCommand.Name => await GenerateCommand.RunAsync(new CommandArguments(rest, ["count", "output", "seed", "generator"])),
                TrainCommand.Name => await TrainCommand.RunAsync(new CommandArguments(rest, ["input", "credits", "output", "min-votes", "ratings", "links"])),
                RatingsCommand.Name => await RatingsCommand.RunAsync(new CommandArguments(rest, ["size", "count", "films", "output", "seed"])),
                LatencyCommand.Name => await LatencyCommand.RunAsync(new CommandArguments(rest, ["model", "queries", "seed"])),
                HybridLatencyCommand.Name => await HybridLatencyCommand.RunAsync(new CommandArguments(rest, ["model", "queries", "seed"])),
                ScaleCommand.Name => await ScaleCommand.RunAsync(new CommandArguments(rest, ["sizes", "work", "docs", "queries", "seed", "train-timeout-minutes", "reuse-trained"])),
                RecallCommand.Name => await RecallCommand.RunAsync(new CommandArguments(rest, ["data", "input", "size", "sample", "seed", "threads", "budget", "rescore"])),
                LoadProfileCommand.Name => await LoadProfileCommand.RunAsync(new CommandArguments(rest, ["model", "repeat"])),
                AutocompleteQualityCommand.Name => await AutocompleteQualityCommand.RunAsync(new CommandArguments(rest, ["data", "input", "sample", "seed", "show"])),
                _ => null,
            };
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or IOException or TimeoutException)
        {
            await Console.Error.WriteLineAsync($"error: {exception.Message}");
            return 2;
        }
    }
}
