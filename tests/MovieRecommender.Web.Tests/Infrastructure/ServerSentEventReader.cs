using System.Text;

namespace MovieRecommender.Web.Tests.Infrastructure;

/// <summary>Reads <c>text/event-stream</c> messages (event name and data) off a live response stream.</summary>
public sealed class ServerSentEventReader(Stream stream) : IDisposable
{
    private readonly StreamReader _reader = new(stream, Encoding.UTF8);

    /// <summary>The next message, or null when the stream ended.</summary>
    public async Task<(string Event, string Data)?> NextAsync(CancellationToken cancellationToken)
    {
        string? name = null;
        var data = new StringBuilder();
        while (await _reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                if (name is not null || data.Length > 0)
                {
                    return (name ?? "message", data.ToString());
                }

                continue;
            }

            if (line.StartsWith("event:", StringComparison.Ordinal))
            {
                name = line["event:".Length..].Trim();
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                data.Append(line["data:".Length..].TrimStart());
            }
        }

        return null;
    }

    /// <summary>Skips messages until one named <paramref name="eventName"/> arrives.</summary>
    public async Task<string> NextDataAsync(string eventName, CancellationToken cancellationToken)
    {
        while (await NextAsync(cancellationToken) is { } message)
        {
            if (message.Event == eventName)
            {
                return message.Data;
            }
        }

        throw new EndOfStreamException($"The stream ended before a '{eventName}' event.");
    }

    public void Dispose() => _reader.Dispose();
}
