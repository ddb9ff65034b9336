using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MovieRecommender.Data.Identity;
using MovieRecommender.Data.Personal;

namespace MovieRecommender.Data.Configurations;

internal sealed class FilmRatingConfiguration : IEntityTypeConfiguration<FilmRating>
{
    public const int MinHalfStars = 1;
    public const int MaxHalfStars = 10;

    public void Configure(EntityTypeBuilder<FilmRating> builder)
    {
        builder.ToTable(PersonalTables.Ratings, t => t.HasCheckConstraint(
            "CK_Ratings_HalfStars", $"\"HalfStars\" BETWEEN {MinHalfStars} AND {MaxHalfStars}"));
        // One rating per user and film: the key is what makes two tabs rating at once end as one row.
        builder.HasKey(r => new { r.UserId, r.MovieId });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        // Newest first per user (the /me lists), and all ratings of a film (collaborative filtering, statistics).
        builder.HasIndex(r => new { r.UserId, r.RatedAt });
        builder.HasIndex(r => r.MovieId);
        builder.HasIndex(r => r.RatedAt);
    }
}
