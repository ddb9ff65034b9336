using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MovieRecommender.Data.Identity;
using MovieRecommender.Data.Social;

namespace MovieRecommender.Data.Configurations;

internal sealed class SocialProfileConfiguration : IEntityTypeConfiguration<SocialProfile>
{
    public void Configure(EntityTypeBuilder<SocialProfile> builder)
    {
        builder.ToTable(SocialTables.Profiles);
        builder.HasKey(p => p.UserId);
        builder.HasOne<AppUser>().WithOne().HasForeignKey<SocialProfile>(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.Handle).HasMaxLength(SocialLimits.MaxHandleLength);
        builder.Property(p => p.DisplayName).HasMaxLength(SocialLimits.MaxDisplayNameLength);
        // Handles are stored lower-case, so a plain unique index is case-insensitive in effect on both providers.
        builder.HasIndex(p => p.Handle).IsUnique();
    }
}
