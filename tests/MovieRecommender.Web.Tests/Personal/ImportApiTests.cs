using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MovieRecommender.Web.Tests.Infrastructure;

namespace MovieRecommender.Web.Tests.Personal;

/// <summary>POST /api/v1/me/import with real files, on SQLite and PostgreSQL (classes at the bottom).</summary>
public abstract class ImportApiTests(AccountsAppFixture fixture)
{
    private const string LetterboxdRatings = "Date,Name,Year,Letterboxd URI,Rating\n2024-01-05,Heat,1995,https://boxd.it/x,4.5\n2024-01-06,\"The Dark Knight\",2009,https://boxd.it/y,5\n2024-01-07,No Such Film,2001,https://boxd.it/z,3\n";
    private const string ImdbRatings = "Const,Your Rating,Date Rated,Title,Original Title,URL,Title Type,IMDb Rating,Runtime (mins),Year,Genres,Num Votes,Release Date,Directors\ntt0113277,7,2023-03-01,Heat,Heat,https://www.imdb.com/title/tt0113277/,Movie,8.3,170,1995,Crime,700000,1995-12-15,Michael Mann\ntt9999999,10,2023-03-02,Unknown,Unknown,u,Movie,5,90,2020,Drama,10,2020-01-01,Someone\n";

    private AccountsWebApp App => fixture.App;

    [SkippableFact]
    public async Task Import_LetterboxdZip_ImportsEveryListAndReportsTheUnmatchedRow()
    {
        SkipWithoutDatabase();
        using var client = await App.BearerClientAsync();
        var zip = Zip(("letterboxd-export/ratings.csv", LetterboxdRatings),
            ("letterboxd-export/watchlist.csv", "Date,Name,Year,Letterboxd URI\n2024-02-01,Collateral,2004,https://boxd.it/c\n"),
            ("letterboxd-export/likes/films.csv", "Date,Name,Year,Letterboxd URI\n2024-02-02,Heat,1995,https://boxd.it/x\n"),
            ("letterboxd-export/watched.csv", "Date,Name,Year,Letterboxd URI\n2024-01-05,Heat,1995,https://boxd.it/x\n"));

        using var response = await PostAsync(client, "letterboxd.zip", zip);
        var body = await HttpAssertions.JsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("letterboxd", body.GetProperty("format").GetString());
        Assert.Equal(6, body.GetProperty("rows").GetInt32());
        Assert.Equal(5, body.GetProperty("imported").GetInt32());
        Assert.Equal(5, body.GetProperty("changed").GetInt32());
        Assert.Equal(1, body.GetProperty("unmatchedCount").GetInt32());
        var unmatched = Assert.Single(body.GetProperty("unmatched").EnumerateArray());
        Assert.Equal("No Such Film", unmatched.GetProperty("title").GetString());
        Assert.Equal(4, unmatched.GetProperty("row").GetInt32());
        var ratings = await HttpAssertions.JsonAsync(await client.GetAsync("/api/v1/me/ratings"));
        Assert.Equal(2, ratings.GetProperty("total").GetInt32());
        Assert.Contains(ratings.GetProperty("results").EnumerateArray(), r => r.GetProperty("id").GetInt32() == TestMovies.DarkKnight.Id && r.GetProperty("rating").GetDouble() == 5.0);
        Assert.Equal(1, (await HttpAssertions.JsonAsync(await client.GetAsync("/api/v1/me/likes"))).GetProperty("total").GetInt32());
        Assert.Equal(1, (await HttpAssertions.JsonAsync(await client.GetAsync("/api/v1/me/watchlist"))).GetProperty("total").GetInt32());
        Assert.Equal(1, (await HttpAssertions.JsonAsync(await client.GetAsync("/api/v1/me/watched"))).GetProperty("total").GetInt32());
    }

    [SkippableFact]
    public async Task Import_SameFileTwice_SecondRunChangesNothing()
    {
        SkipWithoutDatabase();
        using var client = await App.BearerClientAsync();
        (await PostAsync(client, "ratings.csv", Encoding.UTF8.GetBytes(LetterboxdRatings))).EnsureSuccessStatusCode();
        var first = (await client.GetStringAsync("/api/v1/me/ratings"));

        using var second = await PostAsync(client, "ratings.csv", Encoding.UTF8.GetBytes(LetterboxdRatings));
        var body = await HttpAssertions.JsonAsync(second);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(2, body.GetProperty("imported").GetInt32());
        Assert.Equal(0, body.GetProperty("changed").GetInt32());
        Assert.Equal(first, await client.GetStringAsync("/api/v1/me/ratings"));
    }

    [SkippableFact]
    public async Task Import_MoreUnmatchedRowsThanListed_CountsThemAll()
    {
        SkipWithoutDatabase();
        using var client = await App.BearerClientAsync();
        const int unknownFilms = 1_500;
        var csv = new StringBuilder("Date,Name,Year,Letterboxd URI,Rating\n2024-01-05,Heat,1995,https://boxd.it/x,4.5\n");
        for (int i = 0; i < unknownFilms; i++)
        {
            csv.Append("2024-01-06,Unlisted Short ").Append(i).Append(",2001,https://boxd.it/u,3\n");
        }

        using var response = await PostAsync(client, "ratings.csv", Encoding.UTF8.GetBytes(csv.ToString()));
        var body = await HttpAssertions.JsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(unknownFilms + 1, body.GetProperty("rows").GetInt32());
        Assert.Equal(1, body.GetProperty("imported").GetInt32());
        Assert.Equal(unknownFilms, body.GetProperty("unmatchedCount").GetInt32());
        Assert.True(body.GetProperty("unmatched").GetArrayLength() < unknownFilms);
    }

    [SkippableFact]
    public async Task Import_ImdbRatings_MatchesByIdAndMapsTenPointsToHalfStars()
    {
        SkipWithoutDatabase();
        using var client = await App.BearerClientAsync();

        using var response = await PostAsync(client, "ratings.csv", Encoding.UTF8.GetBytes(ImdbRatings));
        var body = await HttpAssertions.JsonAsync(response);

        Assert.Equal("imdb", body.GetProperty("format").GetString());
        Assert.Equal(1, body.GetProperty("imported").GetInt32());
        var rating = (await HttpAssertions.JsonAsync(await client.GetAsync("/api/v1/me/ratings"))).GetProperty("results")[0];
        Assert.Equal(TestMovies.Heat.Id, rating.GetProperty("id").GetInt32());
        Assert.Equal(3.5, rating.GetProperty("rating").GetDouble());
    }

    [SkippableTheory]
    [InlineData("films.csv", "title,stars\nHeat,5\n", "unknown header")]
    [InlineData("picture.png", "\u0089PNG\r\n\u001a\n\0\0\0binary", "not a CSV file")]
    [InlineData("broken.zip", "PK\u0003\u0004garbage that is no zip", "not a valid zip")]
    public async Task Import_BadFile_400AndNothingImported(string name, string content, string reason)
    {
        SkipWithoutDatabase();
        using var client = await App.BearerClientAsync();

        using var response = await PostAsync(client, name, Encoding.Latin1.GetBytes(content));

        var problem = await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(reason, problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, (await HttpAssertions.JsonAsync(await client.GetAsync("/api/v1/me/ratings"))).GetProperty("total").GetInt32());
    }

    [SkippableFact]
    public async Task Import_ZipBomb_413AndNothingImported()
    {
        SkipWithoutDatabase();
        using var client = await App.BearerClientAsync();
        // A valid ratings.csv whose rows repeat until it is far past the expansion limit; it compresses to well under 1 MB.
        var huge = new StringBuilder(LetterboxdRatings);
        var row = "2024-01-05,Heat,1995,https://boxd.it/" + new string('x', 2000) + ",4.5\n";
        while (huge.Length < 70 * 1024 * 1024)
        {
            huge.Append(row);
        }

        var zip = Zip(("ratings.csv", huge.ToString()));
        Assert.True(zip.Length < 2 * 1024 * 1024);

        using var response = await PostAsync(client, "export.zip", zip);
        Assert.True(response.StatusCode == HttpStatusCode.RequestEntityTooLarge, await response.Content.ReadAsStringAsync());

        var problem = await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("zip bomb", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, (await HttpAssertions.JsonAsync(await client.GetAsync("/api/v1/me/ratings"))).GetProperty("total").GetInt32());
    }

    [SkippableFact]
    public async Task Import_OverTwentyMegabytes_413()
    {
        SkipWithoutDatabase();
        using var client = await App.BearerClientAsync();
        var big = new byte[(21 * 1024 * 1024) + 1];
        Array.Fill(big, (byte)'a');

        using var response = await PostAsync(client, "ratings.csv", big);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [SkippableFact]
    public async Task Import_TenThousandRows_AllRead()
    {
        SkipWithoutDatabase();
        using var client = await App.BearerClientAsync();
        var csv = new StringBuilder("Date,Name,Year,Letterboxd URI,Rating\n");
        for (var i = 0; i < 10_000; i++)
        {
            csv.Append(i % 2 == 0 ? "2024-01-05,Heat,1995,u,4\n" : $"2024-01-05,Unknown film {i},2001,u,3\n");
        }

        using var response = await PostAsync(client, "ratings.csv", Encoding.UTF8.GetBytes(csv.ToString()));
        var body = await HttpAssertions.JsonAsync(response);

        Assert.Equal(10_000, body.GetProperty("rows").GetInt32());
        Assert.Equal(1, body.GetProperty("imported").GetInt32()); // 5,000 rows of one film are one rating
        Assert.Equal(1000, body.GetProperty("unmatched").GetArrayLength());
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string name, byte[] content)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(name.EndsWith(".zip", StringComparison.Ordinal) ? "application/zip" : "text/csv");
        form.Add(file, "file", name);
        return await client.PostAsync("/api/v1/me/import", form);
    }

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.SmallestSize).Open());
                writer.Write(content);
            }
        }

        return buffer.ToArray();
    }

    private void SkipWithoutDatabase() => Skip.If(App.Database.SkipReason is not null, App.Database.SkipReason);
}

public sealed class SqliteImportApiTests(SqliteAccountsAppFixture fixture) : ImportApiTests(fixture), IClassFixture<SqliteAccountsAppFixture>;

public sealed class PostgresImportApiTests(PostgresAccountsAppFixture fixture) : ImportApiTests(fixture), IClassFixture<PostgresAccountsAppFixture>;
