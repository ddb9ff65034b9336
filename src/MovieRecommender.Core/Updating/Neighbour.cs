namespace MovieRecommender.Core.Updating;

/// <summary>One entry of a neighbour list: the film's row and its cosine.</summary>
internal readonly record struct Neighbour(int Row, float Score)
{
    /// <summary>Higher score first; equal scores by lower row, as the training's heaps order them.</summary>
    public static Comparison<Neighbour> BestFirst { get; } = (a, b) =>
        a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Row.CompareTo(b.Row);
}
