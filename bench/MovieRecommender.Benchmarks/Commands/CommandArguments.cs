using System.Globalization;

namespace MovieRecommender.Benchmarks.Commands;

/// <summary>"--name value" pairs after the command word; unknown names are an error so typos are not ignored.</summary>
public sealed class CommandArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    public CommandArguments(IReadOnlyList<string> args, IReadOnlyCollection<string> allowed)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(allowed);
        for (var i = 0; i < args.Count; i += 2)
        {
            var name = args[i].StartsWith("--", StringComparison.Ordinal) ? args[i][2..] : null;
            if (name is null || !allowed.Contains(name) || i + 1 >= args.Count)
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}'. Allowed: {string.Join(", ", allowed.Select(a => "--" + a))}.");
            }

            _values[name] = args[i + 1];
        }
    }

    public string? Text(string name) => _values.GetValueOrDefault(name);

    public string Text(string name, string fallback) => _values.GetValueOrDefault(name) ?? fallback;

    public int Number(string name, int fallback) =>
        _values.TryGetValue(name, out var value) ? int.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture) : fallback;

    public IReadOnlyList<int> Numbers(string name, IReadOnlyList<int> fallback) =>
        _values.TryGetValue(name, out var value)
            ? [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(v => int.Parse(v, NumberStyles.Integer, CultureInfo.InvariantCulture))]
            : fallback;
}
