using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MovieRecommender.Data.Identity;
using MovieRecommender.Data.Personal;

namespace MovieRecommender.Data.Configurations;

internal sealed class FilmLikeConfiguration : IEntityTypeConfiguration<FilmLike>
{
    public void Configure(EntityTypeBuilder<FilmLike> builder)
    {
        builder.ToTable(PersonalTables.Likes);
        builder.HasKey(l => new { l.UserId, l.MovieId });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => new { l.UserId, l.LikedAt });
        builder.HasIndex(l => l.MovieId);
    }
}
