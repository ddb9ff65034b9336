using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MovieRecommender.Data.Identity;
using MovieRecommender.Data.Personal;

namespace MovieRecommender.Data.Configurations;

internal sealed class WatchlistEntryConfiguration : IEntityTypeConfiguration<WatchlistEntry>
{
    public void Configure(EntityTypeBuilder<WatchlistEntry> builder)
    {
        builder.ToTable(PersonalTables.Watchlist);
        builder.HasKey(w => new { w.UserId, w.MovieId });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(w => w.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(w => new { w.UserId, w.AddedAt });
        builder.HasIndex(w => w.MovieId);
    }
}
