using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace MovieRecommender.Web.Tests.Localization;

/// <summary>
/// Every key of the English SharedResource.resx is translated in each SharedResource.{culture}.resx with the same
/// format placeholders, and every key the views and code ask for exists: a missing translation fails here, not on a page.
/// </summary>
public sealed partial class ResourceCompletenessTests
{
    private static readonly string Folder = Path.Combine(FindRepositoryRoot(), "src", "MovieRecommender.Web", "Localization");

    public static TheoryData<string> Translations()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder, "SharedResource.*.resx").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void Translations_AtLeastSpanish()
    {
        Assert.True(File.Exists(Path.Combine(Folder, "SharedResource.es.resx")));
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Translation_HasEveryEnglishKeyAndNoOther(string file)
    {
        var english = Read("SharedResource.resx");
        var translated = Read(file);

        var missing = english.Keys.Except(translated.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var extra = translated.Keys.Except(english.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, $"{file} lacks: {string.Join(", ", missing)}");
        Assert.True(extra.Count == 0, $"{file} has keys English does not: {string.Join(", ", extra)}");
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Translation_SamePlaceholdersAndNoEmptyValue(string file)
    {
        var english = Read("SharedResource.resx");
        var translated = Read(file);

        var wrong = english.Keys.Where(translated.ContainsKey)
            .Where(key => string.IsNullOrWhiteSpace(translated[key]) || !Placeholders(english[key]).SetEquals(Placeholders(translated[key])))
            .ToList();
        Assert.True(wrong.Count == 0, $"{file}: empty value or different {{n}} placeholders in {string.Join(", ", wrong)}");
    }

    [Fact]
    public void CodeAndViews_EveryKeyUsedExistsInEnglish()
    {
        var english = Read("SharedResource.resx");
        var web = Path.Combine(FindRepositoryRoot(), "src", "MovieRecommender.Web");
        var sources = Directory.EnumerateFiles(web, "*.cshtml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(web, "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

        var missing = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in sources)
        {
            var text = File.ReadAllText(file);
            foreach (Match match in UsedKey().Matches(text))
            {
                var key = match.Groups["key"].Value;
                var keys = match.Groups["plural"].Success ? new[] { key + ".One", key + ".Other" } : [key];
                foreach (var k in keys.Where(k => !english.ContainsKey(k)))
                {
                    missing.Add($"{k} ({Path.GetFileName(file)})");
                }
            }
        }

        Assert.True(missing.Count == 0, "Keys used but not in SharedResource.resx: " + string.Join(", ", missing));
    }

    [Fact]
    public void English_EveryValueIsAValidFormatString()
    {
        foreach (var (key, value) in Read("SharedResource.resx"))
        {
            var arguments = Enumerable.Range(0, 10).Select(i => (object)i).ToArray();
            var exception = Record.Exception(() => string.Format(CultureInfo.InvariantCulture, value, arguments));
            Assert.True(exception is null, $"{key}: {exception?.Message}");
        }
    }

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal);

    private static HashSet<string> Placeholders(string value) =>
        [.. Placeholder().Matches(value).Select(m => m.Value)];

    /// <summary>L["Key"], H["Key", …], text["Key"], Text(context, "Key"…), Plural(n, "Key"), ErrorMessage/Display names, QueryText.Between.</summary>
    [GeneratedRegex("""(?:\b(?:L|H|text)\[\s*"(?<key>[A-Z][\w. ]*\w)"|\bText\([^,()]+,\s*"(?<key>[A-Z][\w.]*\w)"|(?<plural>\bPlural\([^,()]+(?:\([^()]*\))?,\s*)"(?<key>[A-Z][\w.]*\w)"|\bnew ImportRejectedException\(\s*"(?<key>[A-Z][\w.]*\w)"|(?:ErrorMessage|Name|Between)\s*=\s*"(?<key>(?:Validation|Form|Query)\.[\w.]+)")""")]
    private static partial Regex UsedKey();

    [GeneratedRegex(@"\{\d+(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MovieRecommender.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("MovieRecommender.sln not found above " + AppContext.BaseDirectory);
    }
}
