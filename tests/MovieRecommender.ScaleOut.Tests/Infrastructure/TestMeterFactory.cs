using System.Diagnostics.Metrics;

namespace MovieRecommender.ScaleOut.Tests.Infrastructure;

/// <summary>A meter factory for classes built by hand in tests; disposes its meters.</summary>
public sealed class TestMeterFactory : IMeterFactory
{
    private readonly List<Meter> _meters = [];

    public Meter Create(MeterOptions options)
    {
        var meter = new Meter(options);
        _meters.Add(meter);
        return meter;
    }

    public void Dispose()
    {
        foreach (var meter in _meters)
        {
            meter.Dispose();
        }
    }
}
