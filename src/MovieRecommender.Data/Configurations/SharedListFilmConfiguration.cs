using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MovieRecommender.Data.Identity;
using MovieRecommender.Data.Social;

namespace MovieRecommender.Data.Configurations;

internal sealed class SharedListFilmConfiguration : IEntityTypeConfiguration<SharedListFilm>
{
    public void Configure(EntityTypeBuilder<SharedListFilm> builder)
    {
        builder.ToTable(SocialTables.ListFilms);
        builder.HasKey(f => new { f.ListId, f.MovieId });
        builder.HasOne<SharedList>().WithMany().HasForeignKey(f => f.ListId).OnDelete(DeleteBehavior.Cascade);
        // The film stays on the list when the member who added it deletes their account.
        builder.HasOne<AppUser>().WithMany().HasForeignKey(f => f.AddedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(f => new { f.ListId, f.AddedAt });
        builder.HasIndex(f => f.AddedById);
    }
}
