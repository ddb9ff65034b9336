using MovieRecommender.Web.Services;

namespace MovieRecommender.Web.Tests.Services;

public sealed class ModelLoadStateTests
{
    [Fact]
    public void ReportProgress_WhileLoading_ClampsToPercent()
    {
        var state = new ModelLoadState();

        state.ReportProgress(1.7, "Loading model");

        Assert.Equal(100, state.Current.Progress);
        Assert.Equal(ModelLoadStatus.Loading, state.Current.Status);
    }

    [Fact]
    public void ReportProgress_NotANumber_CountsAsZero()
    {
        var state = new ModelLoadState();

        state.ReportProgress(double.NaN, "x");

        Assert.Equal(0, state.Current.Progress);
    }

    [Fact]
    public void ReportProgress_AfterReady_KeepsReady()
    {
        var state = new ModelLoadState();
        state.MarkReady("v1", 5, DateTimeOffset.UnixEpoch);

        state.ReportProgress(0.1, "Loading model");

        Assert.Equal(ModelLoadStatus.Ready, state.Current.Status);
        Assert.Equal(100, state.Current.Progress);
    }

    [Fact]
    public void MarkReady_AfterFailure_ClearsTheError()
    {
        var state = new ModelLoadState();
        state.MarkFailed("boom");

        state.MarkReady("v1", 5, DateTimeOffset.UnixEpoch);

        Assert.Null(state.Current.LastError);
        Assert.Equal("v1", state.Current.ModelVersion);
    }

    [Fact]
    public async Task Watch_StateChanges_CompletesChangedTaskWithNewSnapshot()
    {
        // Arrange
        var state = new ModelLoadState();
        var (before, changed) = state.Watch();

        // Act
        state.ReportProgress(0.4, "Loading model");
        await changed.WaitAsync(TimeSpan.FromSeconds(5));

        // Assert
        Assert.Equal(0, before.Progress);
        Assert.Equal(40, state.Watch().Snapshot.Progress);
    }

    [Fact]
    public void Watch_SameValuesReported_DoesNotSignalAChange()
    {
        // Arrange
        var state = new ModelLoadState();
        state.ReportProgress(0.4, "Loading model");
        var (_, changed) = state.Watch();

        // Act
        state.ReportProgress(0.4, "Loading model");

        // Assert
        Assert.False(changed.IsCompleted);
    }
}
