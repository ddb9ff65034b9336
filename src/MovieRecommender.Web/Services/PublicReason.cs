using System.Text.RegularExpressions;

namespace MovieRecommender.Web.Services;

/// <summary>
/// Turns an exception message into a reason anonymous clients may see (health <c>reason</c>, status <c>lastError</c>,
/// the loading page): the model folder's absolute path becomes "the model folder" and any other absolute path just
/// its file name, so the server's layout stays private. The log keeps the full message.
/// </summary>
public static partial class PublicReason
{
    public const string ModelFolder = "the model folder";
    private const int RegexTimeoutMilliseconds = 200;

    public static string WithoutPaths(string message, string modelDirectory)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(modelDirectory);
        var folder = Path.TrimEndingDirectorySeparator(modelDirectory);
        var text = folder.Length == 0
            ? message
            : message.Replace(folder + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal)
                .Replace(folder, ModelFolder, StringComparison.Ordinal);
        try
        {
            return AbsolutePath().Replace(text, match => match.Groups["name"].Value is { Length: > 0 } name ? name : "(path)");
        }
        catch (RegexMatchTimeoutException)
        {
            return "(details in the server log)";
        }
    }

    // A rooted path (/a/b, C:\a\b) that starts a word: its segments, keeping only the last one.
    [GeneratedRegex(@"(?<=^|[\s'""(=:])(?:[A-Za-z]:[\\/]|/)(?![\\/])(?:[^\s'""<>|*?\\/]+[\\/])*(?<name>[^\s'""<>|*?\\/]*)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, RegexTimeoutMilliseconds)]
    private static partial Regex AbsolutePath();
}
