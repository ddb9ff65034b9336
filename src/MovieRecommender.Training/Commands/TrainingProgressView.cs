using MovieRecommender.Core.Training;
using Spectre.Console;

namespace MovieRecommender.Training.Commands;

/// <summary>
/// Shows one progress bar per training stage on an interactive terminal; when output is redirected (CI, logs),
/// prints one line per stage instead, since live rendering needs a terminal.
/// </summary>
internal sealed class TrainingProgressView(IAnsiConsole console)
{
    private static readonly string[] StageNames = ["Read catalog", "Vectorize (TF-IDF)", "Neighbours (top-K)", "Ratings: CF and ranker", "Write model"];

    public async Task<T> RunAsync<T>(Func<IProgress<TrainingProgress>, Task<T>> work)
    {
        if (!console.Profile.Capabilities.Interactive)
        {
            return await work(new PlainProgress(console));
        }

        return await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var tasks = StageNames.Select(name => context.AddTask(name, autoStart: false, maxValue: 1)).ToArray();
                var result = await work(new BarProgress(tasks));
                foreach (var task in tasks)
                {
                    task.Value = task.MaxValue;
                    task.StopTask();
                }

                return result;
            });
    }

    private sealed class BarProgress(ProgressTask[] tasks) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value)
        {
            var stage = (int)value.Stage;
            for (var previous = 0; previous < stage; previous++)
            {
                tasks[previous].Value = tasks[previous].MaxValue;
                tasks[previous].StopTask();
            }

            var task = tasks[stage];
            if (!task.IsStarted)
            {
                task.StartTask();
            }

            task.Value = Math.Clamp(value.Fraction, 0, 1);
        }
    }

    private sealed class PlainProgress(IAnsiConsole console) : IProgress<TrainingProgress>
    {
        private readonly Lock _gate = new();
        private int _announced = -1;

        public void Report(TrainingProgress value)
        {
            lock (_gate)
            {
                var stage = (int)value.Stage;
                if (stage > _announced)
                {
                    _announced = stage;
                    console.WriteLine($"{StageNames[stage]}...");
                }
            }
        }
    }
}
