using MovieRecommender.Data.Personal;

namespace MovieRecommender.Data.Social;

/// <summary>Shared group watchlists, their members and films. Permission checks are the caller's (by role).</summary>
public interface ISharedListStore
{
    /// <summary>Creates a list owned by the user (the owner is its first member) with a fresh invite token.</summary>
    Task<SharedList> CreateAsync(string ownerId, string name, bool isPublic, DateTime at, CancellationToken cancellationToken = default);
    Task<int> CountOwnedAsync(string ownerId, CancellationToken cancellationToken = default);

    /// <summary>Lists the user is a member of (owned ones included), newest first.</summary>
    Task<IReadOnlyList<ListSummary>> GetListsOfAsync(string userId, CancellationToken cancellationToken = default);

    Task<SharedList?> FindAsync(Guid listId, CancellationToken cancellationToken = default);
    Task<SharedList?> FindByInviteAsync(string inviteToken, CancellationToken cancellationToken = default);

    /// <summary>The user's role in the list, or null when not a member.</summary>
    Task<ListRole?> GetRoleAsync(Guid listId, string userId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ListMemberEntry>> GetMembersAsync(Guid listId, CancellationToken cancellationToken = default);
    Task<int> CountMembersAsync(Guid listId, CancellationToken cancellationToken = default);

    /// <summary>Films on the list, most recently added first.</summary>
    Task<PersonalPage<SharedListFilm>> GetFilmsAsync(Guid listId, int offset, int limit, CancellationToken cancellationToken = default);
    Task<int> CountFilmsAsync(Guid listId, CancellationToken cancellationToken = default);

    /// <summary>Adds a film (adding it again keeps the first entry).</summary>
    Task AddFilmAsync(Guid listId, int movieId, string addedById, DateTime at, CancellationToken cancellationToken = default);
    Task<bool> RemoveFilmAsync(Guid listId, int movieId, CancellationToken cancellationToken = default);

    Task UpdateAsync(Guid listId, string name, bool isPublic, CancellationToken cancellationToken = default);
    Task<bool> DeleteAsync(Guid listId, CancellationToken cancellationToken = default);

    /// <summary>Replaces the invite token, so the old link stops working; returns the new one.</summary>
    Task<string> RenewInviteAsync(Guid listId, CancellationToken cancellationToken = default);

    /// <summary>Adds the user as a member (joining again changes nothing).</summary>
    Task JoinAsync(Guid listId, string userId, DateTime at, CancellationToken cancellationToken = default);

    /// <summary>Removes a member; the owner is never removed this way.</summary>
    Task<bool> RemoveMemberAsync(Guid listId, string userId, CancellationToken cancellationToken = default);
}
