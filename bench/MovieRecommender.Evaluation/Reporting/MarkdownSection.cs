namespace MovieRecommender.Evaluation.Reporting;

/// <summary>Replaces the text between <c>&lt;!-- name:begin --&gt;</c> and <c>&lt;!-- name:end --&gt;</c> in a document.</summary>
public static class MarkdownSection
{
    /// <returns>False when the document or its markers are missing (nothing is written).</returns>
    public static bool TryReplace(string documentPath, string name, string content)
    {
        if (!File.Exists(documentPath))
        {
            return false;
        }

        var text = File.ReadAllText(documentPath);
        var begin = $"<!-- {name}:begin -->";
        var end = $"<!-- {name}:end -->";
        var start = text.IndexOf(begin, StringComparison.Ordinal);
        var stop = text.IndexOf(end, StringComparison.Ordinal);
        if (start < 0 || stop < start)
        {
            return false;
        }

        var replaced = text[..(start + begin.Length)] + "\n" + content.TrimEnd() + "\n" + text[stop..];
        File.WriteAllText(documentPath, replaced);
        return true;
    }
}
