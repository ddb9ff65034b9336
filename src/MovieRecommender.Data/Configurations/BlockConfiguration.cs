using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MovieRecommender.Data.Identity;
using MovieRecommender.Data.Social;

namespace MovieRecommender.Data.Configurations;

internal sealed class BlockConfiguration : IEntityTypeConfiguration<Block>
{
    public void Configure(EntityTypeBuilder<Block> builder)
    {
        builder.ToTable(SocialTables.Blocks, t => t.HasCheckConstraint("CK_Blocks_NotSelf", "\"BlockerId\" <> \"BlockedId\""));
        // Visibility checks look a pair up both ways: the key one way, the index the other.
        builder.HasKey(b => new { b.BlockerId, b.BlockedId });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(b => b.BlockerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(b => b.BlockedId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => b.BlockedId);
    }
}
