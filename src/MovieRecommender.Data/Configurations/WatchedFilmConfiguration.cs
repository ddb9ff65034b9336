using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MovieRecommender.Data.Identity;
using MovieRecommender.Data.Personal;

namespace MovieRecommender.Data.Configurations;

internal sealed class WatchedFilmConfiguration : IEntityTypeConfiguration<WatchedFilm>
{
    public void Configure(EntityTypeBuilder<WatchedFilm> builder)
    {
        builder.ToTable(PersonalTables.Watched);
        builder.HasKey(w => new { w.UserId, w.MovieId });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(w => w.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(w => new { w.UserId, w.WatchedOn });
        builder.HasIndex(w => w.MovieId);
    }
}
