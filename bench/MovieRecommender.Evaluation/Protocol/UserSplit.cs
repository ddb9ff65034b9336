namespace MovieRecommender.Evaluation.Protocol;

/// <summary>
/// Which MovieLens users train the collaborative parts and which are scored. The development split (train on
/// userId % 4 == 0, score userId % 4 == 2) is the only one settings are tuned on; it never scores an odd user id.
/// The test split (train on even ids, score odd ids) is reported once the settings are final. <see cref="All"/> is the
/// content-only protocol of the first evaluation (every user scored, nothing trained on ratings).
/// </summary>
public sealed record UserSplit(string Name, Func<long, bool> Trains, Func<long, bool> Scores)
{
    public static UserSplit Development { get; } = new("dev", id => id % 4 == 0, id => id % 4 == 2);

    public static UserSplit Test { get; } = new("test", id => id % 2 == 0, id => id % 2 == 1);

    public static UserSplit All { get; } = new("all", _ => false, _ => true);

    public bool HasTraining => Name != All.Name;

    public static UserSplit Parse(string name) => name.ToLowerInvariant() switch
    {
        "dev" or "development" => Development,
        "test" => Test,
        "all" => All,
        _ => throw new ArgumentException($"Unknown split '{name}': use dev, test or all."),
    };
}
