namespace MovieRecommender.Web.Services;

/// <summary>
/// Progress and outcome of model loading, shared by the loader (writer) and the pages/health checks (readers).
/// Every change replaces one immutable snapshot, so readers never see a half-updated state.
/// </summary>
public sealed class ModelLoadState
{
    private const int MaxProgress = 100;
    private readonly Lock _gate = new();
    private ModelLoadSnapshot _current = new(ModelLoadStatus.Loading, 0, "Starting", null, null, null, 0);
    private TaskCompletionSource _changed = NewSignal();

    public ModelLoadSnapshot Current
    {
        get
        {
            lock (_gate)
            {
                return _current;
            }
        }
    }

    /// <summary>
    /// The current snapshot and a task that completes at the next change, taken together so no change can slip
    /// between reading one and waiting on the other (the live event stream waits on it).
    /// </summary>
    public (ModelLoadSnapshot Snapshot, Task Changed) Watch()
    {
        lock (_gate)
        {
            return (_current, _changed.Task);
        }
    }

    /// <summary>Reports loading progress; ignored once a model is served so reloads do not flip a healthy app to "loading".</summary>
    public void ReportProgress(double fraction, string stage)
    {
        var percent = (int)Math.Round(Math.Clamp(double.IsFinite(fraction) ? fraction : 0, 0, 1) * MaxProgress);
        Update(s => s.Status is ModelLoadStatus.Ready or ModelLoadStatus.Degraded
            ? s with { Stage = stage }
            : s with { Status = ModelLoadStatus.Loading, Progress = percent, Stage = stage });
    }

    public void MarkReady(string modelVersion, int movies, DateTimeOffset loadedAt, string catalog = Core.Model.ModelCatalog.Trained) =>
        Update(_ => new ModelLoadSnapshot(ModelLoadStatus.Ready, MaxProgress, "Ready", null, loadedAt, modelVersion, movies) { Catalog = catalog });

    /// <summary>Nothing is served and the attempt failed.</summary>
    public void MarkFailed(string reason) =>
        Update(s => s with { Status = ModelLoadStatus.Failed, Stage = "Failed, retrying", LastError = reason });

    /// <summary>A reload was rejected while an older model keeps serving.</summary>
    public void MarkDegraded(string reason) =>
        Update(s => s with { Status = ModelLoadStatus.Degraded, Stage = "Serving the previous model", LastError = reason });

    private void Update(Func<ModelLoadSnapshot, ModelLoadSnapshot> change)
    {
        TaskCompletionSource fired;
        lock (_gate)
        {
            var next = change(_current);
            if (next == _current)
            {
                return;
            }

            _current = next;
            fired = _changed;
            _changed = NewSignal();
        }

        fired.TrySetResult();
    }

    // Continuations run on the thread pool, never inline inside the loader's progress report.
    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
