using MovieRecommender.Core.Persistence;
using MovieRecommender.Core.Training;
using MovieRecommender.Training;
using MovieRecommender.Training.Commands;
using Spectre.Console;

namespace MovieRecommender.Training.Tests.Commands;

public sealed class TrainCommandTests : IDisposable
{
    private const string Header =
        "budget,genres,homepage,id,keywords,original_language,original_title,overview,popularity,production_companies," +
        "production_countries,release_date,revenue,runtime,spoken_languages,status,tagline,title,vote_average,vote_count";

    private readonly string _temp = Path.Combine(Path.GetTempPath(), "movierec-cli-tests", Guid.NewGuid().ToString("N"));
    private readonly StringWriter _output = new();
    private readonly IAnsiConsole _console;

    public TrainCommandTests()
    {
        Directory.CreateDirectory(_temp);
        // Not interactive, no ANSI: the same situation as CI with redirected output.
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(_output),
        });
    }

    public void Dispose()
    {
        _output.Dispose();
        Directory.Delete(_temp, recursive: true);
    }

    private string WriteTinyCatalog()
    {
        var rows = Enumerable.Range(1, 8).Select(i =>
        {
            var genre = i % 2 == 0 ? "Drama" : "Action";
            return $"1000,\"[{{\"\"id\"\": 1, \"\"name\"\": \"\"{genre}\"\"}}]\",,{i},\"[{{\"\"id\"\": 2, \"\"name\"\": \"\"{genre} keyword\"\"}}]\"," +
                   $"en,Film {i},A {genre} story number {i}.,1.5,[],[],2001-01-01,0,90,[],Released,,Film {i},6.5,100";
        });
        var path = Path.Combine(_temp, "movies.csv");
        File.WriteAllText(path, Header + "\n" + string.Join("\n", rows) + "\n");
        return path;
    }

    private Task<int> RunAsync(params string[] args) => TrainerApp.Create(_console).RunAsync(args);

    [Fact]
    public async Task Train_TinyCatalog_ExitsZeroAndPublishesValidModel()
    {
        var output = Path.Combine(_temp, "model");

        var exitCode = await RunAsync("train", "--input", WriteTinyCatalog(), "--output", output, "--neighbours", "3");

        Assert.Equal(ExitCodes.Success, exitCode);
        var model = await new ModelReader().ReadAsync(output);
        Assert.Equal(8, model.MovieCount);
        Assert.Contains("Training summary", _output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Films", _output.ToString(), StringComparison.Ordinal);
    }

    private (string Ratings, string Links) WriteRatings() => TinyRatings.Write(_temp);

    [Fact]
    public async Task Train_WithRatingsAndLinks_PublishesHybridModelAndCountsDroppedRatings()
    {
        var output = Path.Combine(_temp, "model");
        var (ratings, links) = WriteRatings();

        var exitCode = await RunAsync("train", "--input", WriteTinyCatalog(), "--output", output, "--neighbours", "3", "--ratings", ratings, "--links", links);

        Assert.Equal(ExitCodes.Success, exitCode);
        var model = await new ModelReader().ReadAsync(output);
        Assert.True(model.HasHybrid);
        Assert.Equal(40, model.Collaborative!.UserCount);
        Assert.Equal("1", model.Manifest.Parameters["ratings.outsideCatalog"]);
        Assert.Matches(@"Ratings of films outside the catalog \(dropped\)\s*│\s*1\s", _output.ToString());
    }

    [Fact]
    public async Task Train_RatingsWithoutLinks_ExitsNonZeroSayingBothAreNeeded()
    {
        var (ratings, _) = WriteRatings();

        var exitCode = await RunAsync("train", "--input", WriteTinyCatalog(), "--output", Path.Combine(_temp, "model"), "--ratings", ratings);

        Assert.NotEqual(ExitCodes.Success, exitCode);
        Assert.Contains("--links", _output.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_temp, "model")));
    }

    [Fact]
    public async Task Train_RatingsOfNoCatalogFilm_ExitsBadInputNamingTheRatingsFile()
    {
        var ratings = Path.Combine(_temp, "other-ratings.csv");
        File.WriteAllText(ratings, "userId,movieId,rating,timestamp\n1,5000,4.0,1\n");
        var (_, links) = WriteRatings();

        var exitCode = await RunAsync("train", "--input", WriteTinyCatalog(), "--output", Path.Combine(_temp, "model"), "--ratings", ratings, "--links", links);

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains("other-ratings.csv", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_MissingInput_ExitsNonZeroNamingTheFile()
    {
        var missing = Path.Combine(_temp, "does-not-exist.csv");

        var exitCode = await RunAsync("train", "--input", missing, "--output", Path.Combine(_temp, "model"));

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains("does-not-exist.csv", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_UnknownHeader_ExitsNonZeroNamingTheFile()
    {
        var path = Path.Combine(_temp, "ratings.csv");
        await File.WriteAllTextAsync(path, "userId,movieId,rating\n1,1,4\n");

        var exitCode = await RunAsync("train", "--input", path, "--output", Path.Combine(_temp, "model"));

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains("ratings.csv", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_UnwritableOutput_ExitsWithOutputError()
    {
        var blocker = Path.Combine(_temp, "a-file");
        await File.WriteAllTextAsync(blocker, "x");

        var exitCode = await RunAsync("train", "--input", WriteTinyCatalog(), "--output", Path.Combine(blocker, "model"));

        Assert.Equal(ExitCodes.OutputError, exitCode);
        Assert.Contains("a-file", _output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--neighbours", "0")]
    [InlineData("--min-votes", "-1")]
    [InlineData("--quality", "ultra")]
    [InlineData("--threads", "0")]
    [InlineData("--threads", "-2")]
    public async Task Train_InvalidOption_ExitsNonZero(string option, string value)
    {
        var exitCode = await RunAsync("train", "--input", WriteTinyCatalog(), "--output", Path.Combine(_temp, "model"), option, value);

        Assert.NotEqual(ExitCodes.Success, exitCode);
        Assert.False(Directory.Exists(Path.Combine(_temp, "model")));
    }

    [Theory]
    [InlineData(new string[0], null)]
    [InlineData(new[] { "--threads", "2" }, 2)]
    public async Task Train_ThreadsOption_ReachesThePipelineRequest(string[] extra, int? expectedThreads)
    {
        var pipeline = new RecordingPipeline();
        string[] args = ["train", "--input", WriteTinyCatalog(), "--output", Path.Combine(_temp, "model"), .. extra];

        var exitCode = await TrainerApp.Create(_console, pipeline).RunAsync(args);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(expectedThreads, pipeline.Request?.Threads);
    }

    [Fact]
    public async Task Train_NoOutputOption_ExitsNonZeroWithHint()
    {
        var exitCode = await RunAsync("train", "--input", WriteTinyCatalog());

        Assert.NotEqual(ExitCodes.Success, exitCode);
        Assert.Contains("--output", _output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--nieghbours", "20")]
    [InlineData("--min-vote", "5")]
    [InlineData("--include-adults", null)]
    public async Task Train_UnknownOption_ExitsWithUsageErrorNamingTheOption(string option, string? value)
    {
        // Arrange
        var pipeline = new RecordingPipeline();
        string[] args = ["train", "--input", WriteTinyCatalog(), "--output", Path.Combine(_temp, "model"), option, .. value is null ? Array.Empty<string>() : [value]];

        // Act
        var exitCode = await TrainerApp.Create(_console, pipeline).RunAsync(args);

        // Assert
        Assert.Equal(ExitCodes.UsageError, exitCode);
        Assert.Null(pipeline.Request);
        Assert.Contains(option.TrimStart('-'), _output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("trian")]
    [InlineData("publish")]
    public async Task Run_UnknownCommand_ExitsWithUsageErrorNamingTheCommand(string command)
    {
        // Arrange
        var pipeline = new RecordingPipeline();

        // Act
        var exitCode = await TrainerApp.Create(_console, pipeline).RunAsync([command, "--input", WriteTinyCatalog()]);

        // Assert
        Assert.Equal(ExitCodes.UsageError, exitCode);
        Assert.Null(pipeline.Request);
        Assert.Contains(command, _output.ToString(), StringComparison.Ordinal);
    }

    private sealed class RecordingPipeline : ITrainingPipeline
    {
        public TrainingRequest? Request { get; private set; }

        public Task<TrainingSummary> TrainAsync(
            TrainingRequest request, IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default)
        {
            Request = request;
            return Task.FromResult(new TrainingSummary
            {
                ModelDirectory = request.OutputDirectory,
                ModelVersion = "test",
                RowsRead = 0,
                RowsSkipped = 0,
                RowsFilteredOut = 0,
                Movies = 0,
                Terms = 0,
                NeighbourEntries = 0,
                ModelBytes = 0,
                StageDurations = new Dictionary<TrainingStage, TimeSpan>(),
            });
        }
    }
}
