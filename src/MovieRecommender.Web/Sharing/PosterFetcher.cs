using Microsoft.Extensions.Options;

namespace MovieRecommender.Web.Sharing;

/// <summary>
/// Fetches TMDB poster images for share cards. Only URLs on TMDB's image host are fetched (never an address taken
/// from a request), each bounded in time and size; any failure means "no poster" and the card shows a placeholder.
/// </summary>
public sealed partial class PosterFetcher(IHttpClientFactory clients, IOptions<SharingSettings> settings, ILogger<PosterFetcher> logger)
{
    public const string ClientName = "posters";
    public const string AllowedPrefix = "https://image.tmdb.org/";
    public const int MaxPosterBytes = 2 * 1024 * 1024;

    public async Task<byte[]?> FetchAsync(string? posterUrl, CancellationToken cancellationToken)
    {
        if (!settings.Value.FetchPosters || posterUrl is null || !posterUrl.StartsWith(AllowedPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Value.PosterTimeoutMilliseconds);
        try
        {
            var client = clients.CreateClient(ClientName);
            using var response = await client.GetAsync(posterUrl, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode || response.Content.Headers.ContentLength > MaxPosterBytes)
            {
                return null;
            }

            await using var body = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
            using var buffer = new MemoryStream();
            var chunk = new byte[81_920];
            int read;
            while ((read = await body.ReadAsync(chunk, timeout.Token).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > MaxPosterBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogPosterUnavailable(posterUrl, ex.Message);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Poster {PosterUrl} unavailable for a share image ({Reason}); using the placeholder")]
    private partial void LogPosterUnavailable(string posterUrl, string reason);
}
