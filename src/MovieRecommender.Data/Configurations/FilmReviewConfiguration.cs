using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MovieRecommender.Data.Identity;
using MovieRecommender.Data.Social;

namespace MovieRecommender.Data.Configurations;

internal sealed class FilmReviewConfiguration : IEntityTypeConfiguration<FilmReview>
{
    public void Configure(EntityTypeBuilder<FilmReview> builder)
    {
        builder.ToTable(SocialTables.Reviews);
        builder.HasKey(r => new { r.UserId, r.MovieId });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.Text).HasMaxLength(SocialLimits.MaxReviewLength);
        // A film page lists its newest reviews; a profile and the feed list a user's newest.
        builder.HasIndex(r => new { r.MovieId, r.WrittenAt });
        builder.HasIndex(r => new { r.UserId, r.WrittenAt });
    }
}
