using System.Globalization;
using System.Text.RegularExpressions;

namespace MovieRecommender.ScaleOut.Tests.Infrastructure;

/// <summary>
/// What one wrk run reported (parsed from its text output with <c>--latency</c>). wrk's "timeout" errors are
/// answers slower than its <c>--timeout</c> that still arrive; the others are requests that got no answer.
/// </summary>
public sealed partial record WrkResult(
    long Requests, long Non2xxOr3xx, WrkSocketErrors SocketErrors, double RequestsPerSecond, IReadOnlyDictionary<int, double> PercentileMilliseconds)
{
    public double P50 => PercentileMilliseconds.GetValueOrDefault(50);

    public double P99 => PercentileMilliseconds.GetValueOrDefault(99);

    /// <summary>Requests that did not get an HTTP success in time: error statuses, failed connections and timeouts.</summary>
    public long Failed => Non2xxOr3xx + SocketErrors.Total;

    public static WrkResult Parse(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var requests = RequestsLine().Match(output);
        if (!requests.Success)
        {
            throw new FormatException($"wrk printed no request count:\n{output}");
        }

        var percentiles = new Dictionary<int, double>();
        foreach (Match m in PercentileLine().Matches(output))
        {
            percentiles[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)] = Milliseconds(m.Groups[2].Value, m.Groups[3].Value);
        }

        var socket = SocketErrorsLine().Match(output);
        var socketErrors = socket.Success
            ? new WrkSocketErrors(Count(socket, 1), Count(socket, 2), Count(socket, 3), Count(socket, 4))
            : new WrkSocketErrors(0, 0, 0, 0);
        var non2xx = Non2xxLine().Match(output);
        var rate = RateLine().Match(output);
        return new WrkResult(
            long.Parse(requests.Groups[1].Value, CultureInfo.InvariantCulture),
            non2xx.Success ? long.Parse(non2xx.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
            socketErrors,
            rate.Success ? double.Parse(rate.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
            percentiles);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Requests} requests, {RequestsPerSecond:0} req/s, failed {Failed} (non-2xx/3xx {Non2xxOr3xx}, {SocketErrors}), p50 {P50:0.0} ms, p99 {P99:0.0} ms");

    private static long Count(Match match, int group) => long.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static double Milliseconds(string value, string unit)
    {
        var number = double.Parse(value, CultureInfo.InvariantCulture);
        return unit switch
        {
            "us" => number / 1000,
            "s" => number * 1000,
            "m" => number * 60_000,
            _ => number,
        };
    }

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex RequestsLine();

    [GeneratedRegex(@"^\s+(\d+)%\s+([\d.]+)(us|ms|s|m)\s*$", RegexOptions.Multiline)]
    private static partial Regex PercentileLine();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrorsLine();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex Non2xxLine();

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RateLine();
}
