using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MovieRecommender.Data.Configurations;

/// <summary>Stores DateTimes as UTC and reads them back with <see cref="DateTimeKind.Utc"/>.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
