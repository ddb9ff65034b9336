using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MovieRecommender.Data.Identity;
using MovieRecommender.Data.Social;

namespace MovieRecommender.Data.Configurations;

internal sealed class SharedListMemberConfiguration : IEntityTypeConfiguration<SharedListMember>
{
    public void Configure(EntityTypeBuilder<SharedListMember> builder)
    {
        builder.ToTable(SocialTables.ListMembers);
        builder.HasKey(m => new { m.ListId, m.UserId });
        builder.HasOne<SharedList>().WithMany().HasForeignKey(m => m.ListId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        // "My lists" reads a user's memberships.
        builder.HasIndex(m => m.UserId);
    }
}
