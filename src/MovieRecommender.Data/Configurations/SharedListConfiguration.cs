using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MovieRecommender.Data.Identity;
using MovieRecommender.Data.Social;

namespace MovieRecommender.Data.Configurations;

internal sealed class SharedListConfiguration : IEntityTypeConfiguration<SharedList>
{
    public void Configure(EntityTypeBuilder<SharedList> builder)
    {
        builder.ToTable(SocialTables.Lists);
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        // Deleting the owner's account deletes the lists they own (members' lists are theirs to keep).
        builder.HasOne<AppUser>().WithMany().HasForeignKey(l => l.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(l => l.Name).HasMaxLength(SocialLimits.MaxListNameLength);
        builder.Property(l => l.InviteToken).HasMaxLength(SocialLimits.InviteTokenLength);
        builder.HasIndex(l => l.InviteToken).IsUnique();
        builder.HasIndex(l => l.OwnerId);
    }
}
