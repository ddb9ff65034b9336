using MovieRecommender.Web.Services;

namespace MovieRecommender.Web.Tests.Services;

public sealed class ModelReloadTriggerTests
{
    [Fact]
    public async Task WaitAsync_RequestPending_ReturnsItsReason()
    {
        var trigger = new ModelReloadTrigger();
        trigger.RequestReload("admin");

        var reason = await trigger.WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None);

        Assert.Equal("admin", reason);
    }

    [Fact]
    public async Task WaitAsync_NoRequest_ReturnsNullAfterTimeout()
    {
        var reason = await new ModelReloadTrigger().WaitAsync(TimeSpan.FromMilliseconds(20), CancellationToken.None);

        Assert.Null(reason);
    }

    [Fact]
    public async Task RequestReload_Twice_CollapsesIntoOne()
    {
        var trigger = new ModelReloadTrigger();
        trigger.RequestReload("first");
        trigger.RequestReload("second");

        var first = await trigger.WaitAsync(TimeSpan.FromSeconds(1), CancellationToken.None);
        var second = await trigger.WaitAsync(TimeSpan.FromMilliseconds(20), CancellationToken.None);

        Assert.Equal("first", first);
        Assert.Null(second);
    }
}
