using System.Diagnostics;
using System.Globalization;
using MovieRecommender.Core.Training;

namespace MovieRecommender.Benchmarks.Measurement;

/// <summary>
/// Writes training progress to standard error at every stage change and every tenth of a stage, with elapsed
/// time, so a long run that is stopped early still shows how far it got (stdout stays for the JSON result).
/// </summary>
public sealed class ConsoleTrainingProgress : IProgress<TrainingProgress>
{
    private const int Steps = 10;
    private readonly Stopwatch _stopwatch = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private TrainingStage? _stage;
    private int _step = -1;

    public void Report(TrainingProgress value)
    {
        var step = (int)Math.Floor(value.Fraction * Steps);
        lock (_gate)
        {
            if (value.Stage == _stage && step <= _step)
            {
                return;
            }

            (_stage, _step) = (value.Stage, step);
        }

        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  [{_stopwatch.Elapsed.TotalSeconds,7:0.0} s] {value.Stage} {value.Fraction:P0} {value.Detail}"));
    }
}
