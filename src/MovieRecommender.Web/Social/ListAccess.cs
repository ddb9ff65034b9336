using MovieRecommender.Data.Social;

namespace MovieRecommender.Web.Social;

/// <summary>
/// Who may do what with a shared list. Members see it and add or remove films; the owner also renames, publishes,
/// invites, removes members and deletes it; anyone may view a public list, except people blocked by (or blocking)
/// its owner. Everyone else gets "not found", so a private list's existence is not revealed.
/// </summary>
public sealed class ListAccess(ISharedListStore lists, ISocialGraphStore graph)
{
    /// <summary>The list and the viewer's role (null: a visitor of a public list), or null when the viewer may not see it.</summary>
    public async Task<(SharedList List, ListRole? Role)?> ViewAsync(Guid listId, string? viewerId, CancellationToken cancellationToken)
    {
        var list = await lists.FindAsync(listId, cancellationToken).ConfigureAwait(false);
        if (list is null)
        {
            return null;
        }

        var role = viewerId is null ? null : await lists.GetRoleAsync(listId, viewerId, cancellationToken).ConfigureAwait(false);
        if (role is not null)
        {
            return (list, role);
        }

        if (!list.IsPublic || (viewerId is not null && await graph.IsBlockedEitherWayAsync(viewerId, list.OwnerId, cancellationToken).ConfigureAwait(false)))
        {
            return null;
        }

        return (list, null);
    }
}
