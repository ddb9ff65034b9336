using MovieRecommender.Core.Persistence;
using MovieRecommender.Training;
using MovieRecommender.Training.Commands;
using Spectre.Console;

namespace MovieRecommender.Training.Tests.Commands;

public sealed class VerifyCommandTests : IDisposable
{
    private const string Header =
        "budget,genres,homepage,id,keywords,original_language,original_title,overview,popularity,production_companies," +
        "production_countries,release_date,revenue,runtime,spoken_languages,status,tagline,title,vote_average,vote_count";

    private readonly string _temp = Path.Combine(Path.GetTempPath(), "movierec-verify-tests", Guid.NewGuid().ToString("N"));
    private readonly StringWriter _output = new();
    private readonly IAnsiConsole _console;

    public VerifyCommandTests()
    {
        Directory.CreateDirectory(_temp);
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

    private async Task<string> TrainTinyModelAsync()
    {
        var rows = Enumerable.Range(1, 6).Select(i =>
            $"1000,\"[{{\"\"id\"\": 1, \"\"name\"\": \"\"Drama\"\"}}]\",,{i},[],en,Film {i},A story number {i}.,1.5,[],[],2001-01-01,0,90,[],Released,,Film {i},6.5,100");
        var catalog = Path.Combine(_temp, "movies.csv");
        await File.WriteAllTextAsync(catalog, Header + "\n" + string.Join("\n", rows) + "\n");
        var model = Path.Combine(_temp, "model");
        Assert.Equal(ExitCodes.Success, await RunAsync("train", "--input", catalog, "--output", model, "--neighbours", "2"));
        return model;
    }

    private Task<int> RunAsync(params string[] args) => TrainerApp.Create(_console).RunAsync(args);

    [Fact]
    public async Task Verify_IntactModel_ExitsZero()
    {
        var model = await TrainTinyModelAsync();

        var exitCode = await RunAsync("verify", "--model", model);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("Model verified", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_CorruptedFile_ExitsNonZeroNamingTheFile()
    {
        var model = await TrainTinyModelAsync();
        var path = Path.Combine(model, ModelFormat.NeighboursFile);
        var bytes = await File.ReadAllBytesAsync(path);
        bytes[^1] ^= 0x01;
        await File.WriteAllBytesAsync(path, bytes);

        var exitCode = await RunAsync("verify", "--model", model);

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains(ModelFormat.NeighboursFile, _output.ToString(), StringComparison.Ordinal);
        Assert.Contains("sha256 does not match", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_NoModel_ExitsNonZeroNamingTheManifest()
    {
        var exitCode = await RunAsync("verify", "--model", Path.Combine(_temp, "nothing-here"));

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains(ModelFormat.ManifestFile, _output.ToString(), StringComparison.Ordinal);
    }
}
