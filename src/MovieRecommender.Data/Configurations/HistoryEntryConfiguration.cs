using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MovieRecommender.Data.Identity;
using MovieRecommender.Data.Personal;

namespace MovieRecommender.Data.Configurations;

internal sealed class HistoryEntryConfiguration : IEntityTypeConfiguration<HistoryEntry>
{
    public void Configure(EntityTypeBuilder<HistoryEntry> builder)
    {
        builder.ToTable(PersonalTables.History);
        builder.HasKey(h => h.Id);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(h => h.UserId).OnDelete(DeleteBehavior.Cascade);
        // The history page reads one user's newest rows first; the film index serves deletes and statistics.
        builder.HasIndex(h => new { h.UserId, h.At });
        builder.HasIndex(h => h.MovieId);
    }
}
