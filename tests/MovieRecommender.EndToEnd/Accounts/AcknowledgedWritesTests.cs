using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MovieRecommender.EndToEnd.Infrastructure;

namespace MovieRecommender.EndToEnd.Accounts;

/// <summary>
/// No acknowledged write is lost: the real app takes a burst of ratings over HTTP, is killed with SIGKILL in the
/// middle of it, and a new process on the same database must have every rating that got a 2xx.
/// </summary>
[Collection(EndToEndSuite.Name)]
public sealed class AcknowledgedWritesTests : IDisposable
{
    private const string Password = "correct horse battery";
    private const int Writers = 16;
    private const int KillAfterAcknowledged = 120;
    private readonly string _folder = Directory.CreateTempSubdirectory("movierec-durability-").FullName;

    [Fact]
    public async Task RatingsBurst_ProcessKilledMidBurst_EveryAcknowledgedRatingSurvivesRestart()
    {
        // Arrange: one database and model folder that outlive the first process.
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings__Accounts"] = "Data Source=" + Path.Combine(_folder, "db", "accounts.db"),
            ["Model__Directory"] = Path.Combine(_folder, "models"),
            ["RateLimiting__Enabled"] = "false",
        };
        var email = $"durable-{Guid.NewGuid():N}@example.org";
        var acknowledged = new ConcurrentDictionary<int, double>();
        int[] films;
        await using (var first = await WebAppProcess.StartAsync(new WebAppOptions { Settings = settings }))
        {
            using var client = await SignInAsync(first.Client, email, register: true);
            films = await FilmIdsAsync(client);
            using var killed = new CancellationTokenSource();

            // Act: writers rate films until the process is killed under them.
            var burst = Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
            {
                for (var i = writer; i < films.Length && !killed.IsCancellationRequested; i += Writers)
                {
                    var stars = ((i % 10) + 1) / 2.0;
                    try
                    {
                        using var response = await client.PutAsJsonAsync($"/api/v1/me/ratings/{films[i]}", new { rating = stars }, killed.Token);
                        if (response.IsSuccessStatusCode)
                        {
                            acknowledged[films[i]] = stars;
                        }
                    }
                    catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
                    {
                        // The process died with this request in flight: it was never acknowledged.
                    }
                }
            })).ToList();
            while (acknowledged.Count < KillAfterAcknowledged && !burst.TrueForAll(t => t.IsCompleted))
            {
                await Task.Delay(5);
            }

            first.Kill();
            await killed.CancelAsync();
            await Task.WhenAll(burst);
        }

        // Assert: a new process on the same database has every acknowledged rating, with its value.
        await using var second = await WebAppProcess.StartAsync(new WebAppOptions { Settings = settings });
        using var reader = await SignInAsync(second.Client, email, register: false);
        var stored = await AllRatingsAsync(reader);
        Assert.True(acknowledged.Count >= KillAfterAcknowledged, $"only {acknowledged.Count} writes were acknowledged before the kill");
        Assert.True(acknowledged.Count < films.Length, "the process was killed after the burst ended; the test proved nothing");
        var lost = acknowledged.Where(a => !stored.TryGetValue(a.Key, out var value) || value != a.Value).ToList();
        Assert.True(lost.Count == 0, $"{lost.Count} of {acknowledged.Count} acknowledged ratings were lost or changed");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static async Task<HttpClient> SignInAsync(HttpClient app, string email, bool register)
    {
        if (register)
        {
            (await app.PostAsJsonAsync("/api/v1/auth/register", new { email, password = Password })).EnsureSuccessStatusCode();
        }

        using var login = await app.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Password });
        login.EnsureSuccessStatusCode();
        var token = JsonDocument.Parse(await login.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString();
        var client = new HttpClient { BaseAddress = app.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<int[]> FilmIdsAsync(HttpClient client)
    {
        var ids = new List<int>();
        for (var offset = 0; offset < 500; offset += 100)
        {
            var page = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/movies/top-rated?n=100&offset={offset}")).RootElement;
            ids.AddRange(page.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetInt32()));
        }

        return [.. ids.Distinct()];
    }

    private static async Task<Dictionary<int, double>> AllRatingsAsync(HttpClient client)
    {
        var ratings = new Dictionary<int, double>();
        for (var offset = 0; ; offset += 200)
        {
            var page = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/me/ratings?n=200&offset={offset}")).RootElement;
            var results = page.GetProperty("results").EnumerateArray().ToList();
            foreach (var r in results)
            {
                ratings[r.GetProperty("id").GetInt32()] = r.GetProperty("rating").GetDouble();
            }

            if (results.Count < 200)
            {
                return ratings;
            }
        }
    }
}
