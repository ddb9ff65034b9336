using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using MovieRecommender.Core.Ingest;
using MovieRecommender.Core.Persistence;
using MovieRecommender.Core.Training;
using MovieRecommender.Web.CatalogUpdates;
using MovieRecommender.Web.Services;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.CatalogUpdates;

public sealed class AdminCatalogControllerTests : IDisposable
{
    private const string Header =
        "budget,genres,homepage,id,keywords,original_language,original_title,overview,popularity,production_companies," +
        "production_countries,release_date,revenue,runtime,spoken_languages,status,tagline,title,vote_average,vote_count";

    private static readonly TimeSpan UpdateTimeout = TimeSpan.FromSeconds(60);

    private readonly string _temp = Path.Combine(Path.GetTempPath(), "movierec-catalog-upload-tests", Guid.NewGuid().ToString("N"));

    public AdminCatalogControllerTests() => Directory.CreateDirectory(_temp);

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public async Task Upload_ValidCatalog_UpdatesTheServedModelInTheBackgroundAndRequestsAReload()
    {
        var model = await TrainModelAsync(Enumerable.Range(1, 8));
        var before = await new ModelReader().ReadAsync(model);
        using var factory = new CatalogUpdateFactory(model);
        var client = SignedInClient(factory);
        var uploadsBefore = SavedUploads();

        var response = await UploadAsync(client, "new-films.csv", Encoding.UTF8.GetBytes(Catalog([3, 20, 21])));
        var status = await WaitUntilFinishedAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("succeeded", status.GetProperty("state").GetString());
        Assert.Contains("2 films added, 1 replaced", status.GetProperty("result").GetString(), StringComparison.Ordinal);
        var after = await new ModelReader().ReadAsync(model);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 20, 21], after.Movies.Select(m => m.Id));
        Assert.Equal(before.Manifest.ModelVersion, after.Manifest.Parameters["update.from"]);
        var reload = await factory.Services.GetRequiredService<ModelReloadTrigger>().WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None);
        Assert.Equal("catalog update", reload);
        Assert.Empty(SavedUploads().Except(uploadsBefore));
    }

    [Fact]
    public async Task Upload_FileWithoutFilms_FailsWithTheReadersMessageAndLeavesTheModel()
    {
        var model = await TrainModelAsync(Enumerable.Range(1, 8));
        var version = (await new ModelReader().ReadAsync(model)).Manifest.ModelVersion;
        using var factory = new CatalogUpdateFactory(model);
        var client = SignedInClient(factory);

        await UploadAsync(client, "empty.csv.gz", Gzip(Header + "\n"));
        var status = await WaitUntilFinishedAsync(client);

        Assert.Equal("failed", status.GetProperty("state").GetString());
        var error = status.GetProperty("error").GetString()!;
        Assert.Contains("empty.csv.gz", error, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetTempPath(), error, StringComparison.Ordinal);
        Assert.Equal(version, (await new ModelReader().ReadAsync(model)).Manifest.ModelVersion);
        var page = await client.GetStringAsync("/admin");
        Assert.Contains("data-field=\"state\">failed<", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("films.txt", "id,title\n1,A\n", HttpStatusCode.BadRequest, "not a .csv or .csv.gz")]
    [InlineData("films.csv", "", HttpStatusCode.BadRequest, "is empty")]
    [InlineData("films.csv.gz", "id,title\n1,A\n", HttpStatusCode.BadRequest, "not gzip-compressed")]
    public async Task Upload_UnusableFile_IsRefusedWithAFriendlyPage(string fileName, string content, HttpStatusCode expected, string message)
    {
        using var factory = new CatalogUpdateFactory(Path.Combine(_temp, "model"), new HeldCatalogUpdater());
        var client = SignedInClient(factory);

        var response = await UploadAsync(client, fileName, Encoding.UTF8.GetBytes(content));

        Assert.Equal(expected, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(CatalogUpdateState.Idle, factory.Services.GetRequiredService<CatalogUpdateScheduler>().Status.State);
    }

    [Fact]
    public async Task Upload_FileOverTheLimit_IsRefusedWith413()
    {
        using var factory = new CatalogUpdateFactory(Path.Combine(_temp, "model"), new HeldCatalogUpdater());
        var client = SignedInClient(factory);

        var response = await UploadAsync(client, "huge.csv", new byte[CatalogUploadStore.MaxFileBytes + 1]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(CatalogUpdateState.Idle, factory.Services.GetRequiredService<CatalogUpdateScheduler>().Status.State);
    }

    [Fact]
    public async Task Upload_WhileAnUpdateRuns_IsRefusedWith409AndTheStatusShowsProgress()
    {
        var held = new HeldCatalogUpdater();
        using var factory = new CatalogUpdateFactory(Path.Combine(_temp, "model"), held);
        var client = SignedInClient(factory);
        await UploadAsync(client, "first.csv", Encoding.UTF8.GetBytes(Catalog([20])));
        await held.Started.WaitAsync(UpdateTimeout);

        var second = await UploadAsync(client, "second.csv", Encoding.UTF8.GetBytes(Catalog([21])));
        var status = JsonDocument.Parse(await client.GetStringAsync("/admin/catalog/status")).RootElement;
        held.Release();

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("running", status.GetProperty("state").GetString());
        Assert.Equal("Vectorize", status.GetProperty("stage").GetString());
        Assert.Equal(50, status.GetProperty("progress").GetInt32());
        Assert.Equal("first.csv", status.GetProperty("fileName").GetString());
    }

    [Fact]
    public async Task Upload_WithoutAntiforgeryToken_Returns400AndQueuesNothing()
    {
        using var factory = new CatalogUpdateFactory(Path.Combine(_temp, "model"), new HeldCatalogUpdater());
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Admin-Key", WebAppFactory.AdminKey);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(Catalog([20]))), "file", "films.csv" } };

        var response = await client.PostAsync("/admin/catalog", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(CatalogUpdateState.Idle, factory.Services.GetRequiredService<CatalogUpdateScheduler>().Status.State);
    }

    [Fact]
    public async Task Status_WithoutAdminKey_IsNotServed()
    {
        using var factory = new CatalogUpdateFactory(Path.Combine(_temp, "model"), new HeldCatalogUpdater());

        var response = await factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync("/admin/catalog/status");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static string[] SavedUploads() => Directory.GetFiles(Path.GetTempPath(), "movierec-catalog-upload-*");

    private static HttpClient SignedInClient(WebAppFactory factory)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add("X-Admin-Key", WebAppFactory.AdminKey);
        return client;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string fileName, byte[] content)
    {
        var token = await AdminForms.AntiforgeryTokenAsync(client, "/admin");
        using var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var form = new MultipartFormDataContent { { file, "file", fileName }, { new StringContent(token), AdminForms.TokenField } };
        return await client.PostAsync("/admin/catalog", form);
    }

    private static async Task<JsonElement> WaitUntilFinishedAsync(HttpClient client)
    {
        using var timeout = new CancellationTokenSource(UpdateTimeout);
        while (true)
        {
            var status = JsonDocument.Parse(await client.GetStringAsync("/admin/catalog/status", timeout.Token)).RootElement;
            if (!status.GetProperty("active").GetBoolean())
            {
                return status;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), timeout.Token);
        }
    }

    private async Task<string> TrainModelAsync(IEnumerable<int> ids)
    {
        var input = Path.Combine(_temp, "train.csv");
        await File.WriteAllTextAsync(input, Catalog(ids));
        var directory = Path.Combine(_temp, "model");
        await new TrainingPipeline(new CatalogReader(), new ModelWriter())
            .TrainAsync(new TrainingRequest { InputPath = input, OutputDirectory = directory, Neighbours = 3 });
        return directory;
    }

    private static string Catalog(IEnumerable<int> ids) => Header + "\n" + string.Join("\n", ids.Select(i =>
    {
        var genre = i % 2 == 0 ? "Drama" : "Action";
        return $"1000,\"[{{\"\"id\"\": 1, \"\"name\"\": \"\"{genre}\"\"}}]\",,{i},\"[{{\"\"id\"\": 2, \"\"name\"\": \"\"{genre} keyword\"\"}}]\"," +
               $"en,Film {i},A {genre} story number {i}.,1.5,[],[],2001-01-01,0,90,[],Released,,Film {i},6.5,100";
    })) + "\n";

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }
}
