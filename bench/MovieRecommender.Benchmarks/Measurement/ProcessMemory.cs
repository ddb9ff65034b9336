using System.Diagnostics;

namespace MovieRecommender.Benchmarks.Measurement;

/// <summary>Memory figures of the current process, as the operating system sees them (resident set).</summary>
public static class ProcessMemory
{
    public static long PeakWorkingSetBytes()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    /// <summary>Resident set after a full blocking, compacting collection: what a served model really costs.</summary>
    public static long WorkingSetAfterFullCollectionBytes()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }
}
