using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using MovieRecommender.ScaleOut.Tests.Infrastructure;
using Xunit.Abstractions;

namespace MovieRecommender.ScaleOut.Tests.Cluster;

/// <summary>
/// The checks of scripts/scale-test.sh, in order, against two replicas behind nginx on Redis. Each prints what it
/// measured. The last two are destructive: replica A is killed under load, then Redis is stopped.
/// </summary>
[Collection(ScaleOutClusterDefinition.Name)]
[TestCaseOrderer(CheckOrderer.TypeName, CheckOrderer.AssemblyName)]
public sealed partial class ClusterChecks(ScaleOutCluster cluster, ITestOutputHelper output)
{
    private static readonly TimeSpan SwitchWait = TimeSpan.FromSeconds(90);

    [Fact]
    [Check(1)]
    public async Task PageCache_ComputedOnA_IsAnL2HitOnB()
    {
        var id = await SomeFilmIdAsync(offset: 7);
        var url = new Uri($"/api/v1/recommendations?id={id}&n=10", UriKind.Relative);
        var bBefore = CacheOf(await cluster.B.HealthAsync());

        using var onA = await cluster.A.Client.SendAsync(WithClient(HttpMethod.Get, url, "198.51.100.1"));
        var aAfter = CacheOf(await cluster.A.HealthAsync());
        using var onB = await cluster.B.Client.SendAsync(WithClient(HttpMethod.Get, url, "198.51.100.1"));
        var bAfter = CacheOf(await cluster.B.HealthAsync());

        Assert.Equal(HttpStatusCode.OK, onA.StatusCode);
        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
        Assert.Equal(await onA.Content.ReadAsStringAsync(), await onB.Content.ReadAsStringAsync());
        Assert.Equal(bBefore.Misses, bAfter.Misses);
        Assert.Equal(bBefore.Hits + 1, bAfter.Hits);
        Report($"cache: page computed on A (misses {aAfter.Misses}), served by B from Redis L2 (B hits {bBefore.Hits} -> {bAfter.Hits}, misses unchanged at {bAfter.Misses}), same body");
    }

    [Fact]
    [Check(2)]
    public async Task RateLimit_SixtyRequestsSplitAcrossAAndB_ExhaustOneSharedWindow()
    {
        const string client = "198.51.100.2";
        var url = new Uri("/api/v1/movies/top-rated?n=5", UriKind.Relative);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < ScaleOutCluster.ApiPermitLimit; i++)
        {
            var replica = i % 2 == 0 ? cluster.A : cluster.B;
            using var response = await replica.Client.SendAsync(WithClient(HttpMethod.Get, url, client));
            statuses.Add(response.StatusCode);
        }

        using var sixtyFirst = await cluster.A.Client.SendAsync(WithClient(HttpMethod.Get, url, client));
        using var otherClient = await cluster.B.Client.SendAsync(WithClient(HttpMethod.Get, url, "198.51.100.3"));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, sixtyFirst.StatusCode);
        Assert.NotNull(sixtyFirst.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, otherClient.StatusCode);
        Report($"rate limit: {ScaleOutCluster.ApiPermitLimit} requests alternating A/B all 200; request 61 on A -> 429 (Retry-After {sixtyFirst.Headers.RetryAfter}); another client still 200");
    }

    [Fact]
    [Check(3)]
    public async Task Session_SignedInOnA_IsSignedInOnB()
    {
        using var handlerA = new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var onA = new HttpClient(handlerA) { BaseAddress = cluster.A.Client.BaseAddress };
        var form = await onA.GetStringAsync(new Uri("/admin/login", UriKind.Relative));
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        using var login = await onA.PostAsync(new Uri("/admin/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["key"] = ScaleOutCluster.AdminKey,
        }));
        var cookies = handlerA.CookieContainer.GetCookieHeader(cluster.A.Client.BaseAddress!);

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/admin", UriKind.Relative));
        request.Headers.Add("Cookie", cookies);
        using var onB = await cluster.B.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
        Assert.Contains("Reload", await onB.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Report("session: admin sign-in on A; its cookie opens /admin on B (data-protection keys shared in Redis)");
    }

    [Fact]
    [Check(4)]
    public async Task Account_SignedUpOnA_WritesOnBAndReadsOnAThroughPostgres()
    {
        const string client = "198.51.100.4";
        var email = $"scale-{Guid.NewGuid():N}@example.org";
        const string password = "Scale-out-Passw0rd!";
        var filmId = await SomeFilmIdAsync(offset: 3);
        var credentials = new { email, password };

        using var register = await cluster.A.Client.SendAsync(WithClient(HttpMethod.Post, new Uri("/api/v1/auth/register", UriKind.Relative), client, credentials));
        using var bearerLogin = await cluster.A.Client.SendAsync(WithClient(HttpMethod.Post, new Uri("/api/v1/auth/login", UriKind.Relative), client, credentials));
        var token = (await bearerLogin.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        using var rate = WithClient(HttpMethod.Put, new Uri($"/api/v1/me/ratings/{filmId}", UriKind.Relative), client, new { rating = 4.5 });
        rate.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var ratedOnB = await cluster.B.Client.SendAsync(rate);

        // The sign-in cookie is Secure in Production, which a cookie container keeps off plain http: pass it on by hand,
        // as a browser on the proxy's https address would send it.
        using var cookieLogin = await cluster.B.Client.SendAsync(WithClient(HttpMethod.Post, new Uri("/api/v1/auth/login?useCookies=true", UriKind.Relative), client, credentials));
        var cookie = cookieLogin.Headers.TryGetValues("Set-Cookie", out var set) ? string.Join("; ", set.Select(c => c.Split(';')[0])) : "";
        using var readOnA = WithClient(HttpMethod.Get, new Uri("/api/v1/me/ratings", UriKind.Relative), client);
        readOnA.Headers.TryAddWithoutValidation("Cookie", cookie);
        using var ratingsOnA = await cluster.A.Client.SendAsync(readOnA);
        var ratings = await ratingsOnA.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, register.StatusCode);
        Assert.Equal(HttpStatusCode.OK, bearerLogin.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ratedOnB.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cookieLogin.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ratingsOnA.StatusCode);
        Assert.Contains($"\"id\":{filmId}", ratings, StringComparison.Ordinal);
        Assert.Contains("4.5", ratings, StringComparison.Ordinal);
        Report($"accounts: signed up and bearer sign-in on A; rating of film {filmId} written on B with A's token; cookie sign-in on B reads it on A (one PostgreSQL database, keys in Redis)");
    }

    [Fact]
    [Check(5)]
    public async Task Model_PublishedOnce_IsServedByBothWithinFiveSeconds()
    {
        var before = (await cluster.A.HealthAsync()).GetProperty("modelVersion").GetString();
        var published = await cluster.PublishModelAsync();
        var clock = Stopwatch.StartNew();
        JsonElement statusA = default, statusB = default;
        while (clock.Elapsed < SwitchWait)
        {
            statusA = await cluster.A.ModelStatusAsync();
            statusB = await cluster.B.ModelStatusAsync();
            if (statusA.GetProperty("modelVersion").GetString() == published && statusB.GetProperty("modelVersion").GetString() == published)
            {
                break;
            }

            await Task.Delay(200);
        }

        Assert.NotEqual(before, published);
        Assert.Equal(published, statusA.GetProperty("modelVersion").GetString());
        Assert.Equal(published, statusB.GetProperty("modelVersion").GetString());
        var skew = (statusA.GetProperty("loadedAt").GetDateTimeOffset() - statusB.GetProperty("loadedAt").GetDateTimeOffset()).Duration();
        Assert.True(skew <= TimeSpan.FromSeconds(5), $"A and B switched {skew.TotalSeconds:0.000} s apart");
        var replicas = (await cluster.A.HealthAsync()).GetProperty("replicas").EnumerateArray()
            .Select(r => $"{r.GetProperty("name").GetString()}={r.GetProperty("modelVersion").GetString()}").ToList();
        Assert.All(replicas, r => Assert.EndsWith(published, r, StringComparison.Ordinal));
        Report($"model: {published} published once; A and B both serve it after {clock.Elapsed.TotalSeconds:0.0} s, switched {skew.TotalMilliseconds:0} ms apart; health replicas: {string.Join(", ", replicas)}");
    }

    [Fact]
    [Check(6)]
    public async Task KillReplicaA_UnderLoad_LosesNoRequest()
    {
        var url = new Uri(cluster.Nginx.BaseAddress, "/top-rated").ToString();
        await WarmUpAsync("/top-rated");
        var baseline = WrkResult.Parse((await Wrk(url, seconds: 4)).Output);
        var run = Wrk(url, seconds: 8);
        await Task.Delay(TimeSpan.FromSeconds(2));
        cluster.A.Kill();
        var underKill = WrkResult.Parse((await run).Output);
        using var after = await cluster.Nginx.Client.GetAsync(new Uri("/top-rated", UriKind.Relative));
        var retried = RetriedOnB().Count(cluster.Nginx.ErrorLog);

        Assert.True(baseline.Requests > 0 && baseline.Failed == 0, $"baseline: {baseline}\n{cluster.Nginx.ErrorLog}");
        Assert.True(underKill.Failed == 0, $"under kill: {underKill}\n{cluster.Nginx.ErrorLog}");
        Assert.True(underKill.Requests > 0);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Report($"kill: baseline through nginx {baseline}");
        Report($"kill: A killed (SIGKILL) 2 s into an 8 s wrk run: {underKill}; {retried} requests cut off on A retried on B; p99 during the kill {underKill.P99:0.0} ms");
    }

    [Fact]
    [Check(7)]
    public async Task Redis_StoppedMidRun_StillServing()
    {
        await cluster.Redis.StopAsync();
        try
        {
            var clock = Stopwatch.StartNew();
            JsonElement health;
            do
            {
                health = await cluster.B.HealthAsync();
                await Task.Delay(100);
            }
            while (health.GetProperty("sharedState").GetProperty("redis").GetString() != "unavailable" && clock.Elapsed < TimeSpan.FromSeconds(15));

            var statuses = new List<HttpStatusCode>();
            foreach (var path in new[] { "/top-rated", "/api/v1/movies/top-rated?n=3", $"/api/v1/recommendations?id={await SomeFilmIdAsync(offset: 3)}", "/api/health" })
            {
                using var response = await cluster.Nginx.Client.GetAsync(new Uri(path, UriKind.Relative));
                statuses.Add(response.StatusCode);
            }

            Assert.Equal("unavailable", health.GetProperty("sharedState").GetProperty("redis").GetString());
            Assert.Equal("per-replica", health.GetProperty("sharedState").GetProperty("rateLimits").GetString());
            Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
            Report($"redis stopped: B reports redis unavailable, rate limits per-replica; pages, API and health through nginx: {string.Join(", ", statuses.Select(s => (int)s))}");
        }
        finally
        {
            await cluster.Redis.StartAgainAsync();
        }

        var restored = Stopwatch.StartNew();
        string? state;
        do
        {
            state = (await cluster.B.HealthAsync()).GetProperty("sharedState").GetProperty("redis").GetString();
            await Task.Delay(200);
        }
        while (state != "connected" && restored.Elapsed < TimeSpan.FromSeconds(30));

        Assert.Equal("connected", state);
        Report($"redis restarted: B reconnected after {restored.Elapsed.TotalSeconds:0.0} s");
    }

    // wrk's own timeout (2 s by default) would count a slow answer on this shared, loaded machine as an error; a
    // browser waits as long as nginx does (proxy_read_timeout 30 s), so that is the bound here too.
    [Fact]
    [Check(8)]
    public async Task StopReplicaB_UnderLoad_DrainsAndLosesNoRequest()
    {
        await cluster.RestartAAsync();
        await WarmUpAsync("/top-rated");
        var url = new Uri(cluster.Nginx.BaseAddress, "/top-rated").ToString();
        using var events = await cluster.B.Client.SendAsync(
            new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/model/events", UriKind.Relative)), HttpCompletionOption.ResponseHeadersRead);
        var streamEnded = DrainAsync(await events.Content.ReadAsStreamAsync());
        var run = Wrk(url, seconds: 8);
        await Task.Delay(TimeSpan.FromSeconds(2));
        var (exitCode, elapsed) = await cluster.B.TerminateAsync(TimeSpan.FromSeconds(ScaleOutCluster.ShutdownTimeoutSeconds * 3));
        var underStop = WrkResult.Parse((await run).Output);
        var streamOutcome = await Task.WhenAny(streamEnded, Task.Delay(TimeSpan.FromSeconds(5))) == streamEnded ? "ended" : "still open";

        Assert.Equal(0, exitCode);
        Assert.True(elapsed < TimeSpan.FromSeconds(ScaleOutCluster.ShutdownTimeoutSeconds),
            $"B took {elapsed.TotalSeconds:0.0} s to stop (the open event stream held it?):\n{cluster.B.ReadLogTail()}");
        Assert.Equal("ended", streamOutcome);
        Assert.True(underStop.Failed == 0 && underStop.Requests > 0, $"under stop: {underStop}\n{cluster.Nginx.ErrorLog}");
        Assert.Contains("Stopping: no new connections", cluster.B.ReadLogTail(200), StringComparison.Ordinal);
        Report($"stop: B sent SIGTERM 2 s into an 8 s wrk run with an event stream open on it: stream ended, B exited {exitCode} after {elapsed.TotalSeconds:0.0} s (timeout {ScaleOutCluster.ShutdownTimeoutSeconds} s); {underStop}");
    }

    private static async Task DrainAsync(Stream stream)
    {
        var buffer = new byte[4096];
        try
        {
            while (await stream.ReadAsync(buffer) > 0)
            {
            }
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            // The server closed the stream: that is the end we wait for.
        }
    }

    private static Task<(int ExitCode, string Output)> Wrk(string url, int seconds) =>
        ChildProcess.RunAsync(ServerBinaries.Wrk!,
            ["-t2", "-c16", $"-d{seconds.ToString(CultureInfo.InvariantCulture)}s", "--timeout", "30s", "--latency", url],
            TimeSpan.FromSeconds(seconds + 60));

    /// <summary>The first answers of a fresh process compile views and fill caches; a measurement starts after them.</summary>
    private async Task WarmUpAsync(string path)
    {
        foreach (var replica in new[] { cluster.A, cluster.B })
        {
            using var response = await replica.Client.GetAsync(new Uri(path, UriKind.Relative));
            response.EnsureSuccessStatusCode();
        }
    }

    private static HttpRequestMessage WithClient(HttpMethod method, Uri url, string clientAddress, object? json = null)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add("X-Forwarded-For", clientAddress);
        if (json is not null)
        {
            request.Content = JsonContent.Create(json);
        }

        return request;
    }

    private static (long Hits, long Misses) CacheOf(JsonElement health) =>
        (health.GetProperty("cache").GetProperty("hits").GetInt64(), health.GetProperty("cache").GetProperty("misses").GetInt64());

    private async Task<int> SomeFilmIdAsync(int offset)
    {
        using var request = WithClient(HttpMethod.Get, new Uri($"/api/v1/movies/top-rated?n=1&offset={offset}", UriKind.Relative), "198.51.100.250");
        using var response = await cluster.B.Client.SendAsync(request);
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        return page.GetProperty("results")[0].GetProperty("id").GetInt32();
    }

    private void Report(string line) => output.WriteLine("CHECK " + line);

    // nginx logs each request a dead replica cut off before its answer began; it then sends it to the next replica.
    [GeneratedRegex("(recv\\(\\) failed|connect\\(\\) failed|prematurely closed).*while (reading response header|connecting to upstream)")]
    private static partial Regex RetriedOnB();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
