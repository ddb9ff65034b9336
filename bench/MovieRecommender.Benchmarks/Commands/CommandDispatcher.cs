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
                GenerateCommand.Name => await GenerateCommand.RunAsync(new CommandArguments(rest, ["count", "output", "seed"])),
                _ => null,
            };
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or IOException)
        {
            await Console.Error.WriteLineAsync($"error: {exception.Message}");
            return 2;
        }
    }
}
