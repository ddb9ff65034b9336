using MovieRecommender.Evaluation;

try
{
    return EvaluationCommand.Run(EvaluationOptions.Parse(args), Console.Out);
}
catch (Exception exception) when (exception is ArgumentException or IOException or FormatException)
{
    await Console.Error.WriteLineAsync($"error: {exception.Message}");
    await Console.Error.WriteLineAsync(
        "usage: --movies FILE --credits FILE --movielens DIR [--seed 42] [--seeds-per-user 1] [--k 10] [--output docs] [--only TEXT]");
    return 2;
}
