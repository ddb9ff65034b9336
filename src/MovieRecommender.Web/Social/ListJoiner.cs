using MovieRecommender.Data.Social;

namespace MovieRecommender.Web.Social;

/// <summary>Joining a shared list by its invite link: the rules shared by the API and the join page.</summary>
public sealed class ListJoiner(ISharedListStore lists, ISocialGraphStore graph)
{
    public async Task<(ListJoinResult Result, SharedList? List, ListRole? Role)> JoinAsync(string token, string userId, DateTime at, CancellationToken cancellationToken)
    {
        var list = await lists.FindByInviteAsync(token, cancellationToken).ConfigureAwait(false);
        if (list is null || await graph.IsBlockedEitherWayAsync(userId, list.OwnerId, cancellationToken).ConfigureAwait(false))
        {
            return (ListJoinResult.InvalidLink, null, null);
        }

        if (await lists.GetRoleAsync(list.Id, userId, cancellationToken).ConfigureAwait(false) is { } role)
        {
            return (ListJoinResult.AlreadyMember, list, role);
        }

        if (await graph.GetProfileAsync(userId, cancellationToken).ConfigureAwait(false) is null)
        {
            return (ListJoinResult.NeedsProfile, list, null);
        }

        if (await lists.CountMembersAsync(list.Id, cancellationToken).ConfigureAwait(false) >= SocialLimits.MaxMembersPerList)
        {
            return (ListJoinResult.Full, list, null);
        }

        await lists.JoinAsync(list.Id, userId, at, cancellationToken).ConfigureAwait(false);
        return (ListJoinResult.Joined, list, ListRole.Member);
    }
}
