using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MovieRecommender.Data.Identity;
using MovieRecommender.Data.Personal;

namespace MovieRecommender.Data.Configurations;

internal sealed class SavedWatchServiceConfiguration : IEntityTypeConfiguration<SavedWatchService>
{
    public void Configure(EntityTypeBuilder<SavedWatchService> builder)
    {
        builder.ToTable(PersonalTables.WatchServices);
        builder.HasKey(s => new { s.UserId, s.ProviderId });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
