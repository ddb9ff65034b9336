using MovieRecommender.Core.Collaborative;
using MovieRecommender.Core.Training;

namespace MovieRecommender.Core.Updating;

/// <summary>
/// Moves a model's collaborative part onto the catalog of its update. Its arrays are indexed by catalog position, so
/// each film's data follows its TMDB id: a film still in the catalog (replaced ones included) keeps its item-item
/// neighbours, ALS factors and rating count; a film that is new gets an empty neighbour row, no factors and 0 ratings
/// (a cold start the hybrid recommends from content); a film no longer in the catalog is dropped from every
/// neighbour list. The ranker needs no carrying: its features are similarities, ranks within lists and shares,
/// computed per request from the model it is served with, never catalog positions.
/// </summary>
internal static class CollaborativeCarryOver
{
    /// <summary>The collaborative part laid out for <paramref name="updatedIds"/> (TMDB id by new position).</summary>
    /// <param name="previous">The part as trained, indexed like <paramref name="previousIds"/>.</param>
    /// <param name="previousIds">TMDB id by position in the model the part belongs to.</param>
    /// <param name="updatedIds">TMDB id by position in the updated catalog.</param>
    public static CollaborativeModel Remap(CollaborativeModel previous, IReadOnlyList<int> previousIds, IReadOnlyList<int> updatedIds)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(previousIds);
        ArgumentNullException.ThrowIfNull(updatedIds);
        if (previousIds.Count != previous.FilmCount)
        {
            throw new ArgumentException($"The collaborative part covers {previous.FilmCount} films, the model {previousIds.Count}.", nameof(previousIds));
        }

        var (newOf, oldOf) = Positions(previousIds, updatedIds);
        var counts = new int[updatedIds.Count];
        var rowOf = new int[updatedIds.Count];
        for (var film = 0; film < updatedIds.Count; film++)
        {
            var old = oldOf[film];
            counts[film] = old < 0 ? 0 : previous.RatingCounts[old];
            rowOf[film] = old < 0 ? -1 : previous.Factors.RowOf[old];
        }

        // The factor rows and YᵀY stay as trained: fold-in must see the Gram matrix the factors were learned with,
        // and a row no film points to any more is simply never read.
        var factors = previous.Factors;
        return new CollaborativeModel
        {
            Similar = RemapGraph(previous.Similar, newOf, oldOf),
            Factors = new ItemFactors
            {
                FactorCount = factors.FactorCount,
                Regularization = factors.Regularization,
                Alpha = factors.Alpha,
                RowOf = rowOf,
                Factors = factors.Factors,
                Gram = factors.Gram,
            },
            RatingCounts = counts,
            UserCount = previous.UserCount,
        };
    }

    /// <summary>New position of each old film (-1 when gone) and old position of each new film (-1 when new).</summary>
    private static (int[] NewOf, int[] OldOf) Positions(IReadOnlyList<int> previousIds, IReadOnlyList<int> updatedIds)
    {
        var updatedPosition = new Dictionary<int, int>(updatedIds.Count);
        for (var film = 0; film < updatedIds.Count; film++)
        {
            if (!updatedPosition.TryAdd(updatedIds[film], film))
            {
                throw new ArgumentException($"TMDB id {updatedIds[film]} appears twice in the updated catalog.", nameof(updatedIds));
            }
        }

        var newOf = new int[previousIds.Count];
        var oldOf = new int[updatedIds.Count];
        Array.Fill(oldOf, -1);
        for (var old = 0; old < previousIds.Count; old++)
        {
            newOf[old] = updatedPosition.GetValueOrDefault(previousIds[old], -1);
            if (newOf[old] >= 0)
            {
                oldOf[newOf[old]] = old;
            }
        }

        return (newOf, oldOf);
    }

    private static NeighbourGraph RemapGraph(NeighbourGraph graph, int[] newOf, int[] oldOf)
    {
        var offsets = new int[oldOf.Length + 1];
        var indices = new List<int>(graph.Indices.Length);
        var scores = new List<float>(graph.Scores.Length);
        for (var film = 0; film < oldOf.Length; film++)
        {
            var old = oldOf[film];
            if (old >= 0)
            {
                for (var entry = graph.Offsets[old]; entry < graph.Offsets[old + 1]; entry++)
                {
                    var neighbour = newOf[graph.Indices[entry]];
                    if (neighbour >= 0)
                    {
                        indices.Add(neighbour);
                        scores.Add(graph.Scores[entry]);
                    }
                }
            }

            offsets[film + 1] = indices.Count;
        }

        return new NeighbourGraph(offsets, [.. indices], [.. scores]);
    }
}
