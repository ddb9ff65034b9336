namespace MovieRecommender.Data.Social;

/// <summary>A group watchlist: films several members want to see together. Private to its members unless public.</summary>
public sealed class SharedList
{
    /// <summary>Random, so a list's address cannot be guessed from another's.</summary>
    public Guid Id { get; set; }

    public required string OwnerId { get; set; }

    public required string Name { get; set; }

    /// <summary>Anyone may view a public list (read-only); a private one only its members.</summary>
    public bool IsPublic { get; set; }

    /// <summary>The secret of the invite link; replacing it revokes the old link.</summary>
    public required string InviteToken { get; set; }

    /// <summary>UTC.</summary>
    public DateTime CreatedAt { get; set; }
}
