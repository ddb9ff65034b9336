using MovieRecommender.Core.Training;
using MovieRecommender.Core.Updating;
using MovieRecommender.Web.CatalogUpdates;
using MovieRecommender.Web.ViewModels;

namespace MovieRecommender.Web.Tests.CatalogUpdates;

public sealed class CatalogUpdateViewTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void From_FinishedUpdate_SaysWhetherTheCollaborativePartWasCarriedOver(bool carried)
    {
        var status = new CatalogUpdateStatus { State = CatalogUpdateState.Succeeded, Summary = Summary(carried) };

        var view = CatalogUpdateView.From(status);

        Assert.StartsWith("Model v2 published: 2 films added, 1 replaced", view.Result, StringComparison.Ordinal);
        Assert.Equal(carried, view.Result!.EndsWith(CatalogUpdateView.CollaborativeCarried, StringComparison.Ordinal));
    }

    private static CatalogUpdateSummary Summary(bool carried) => new()
    {
        ModelDirectory = "m",
        ModelVersion = "v2",
        PreviousVersion = "v1",
        RowsRead = 3,
        RowsSkipped = 0,
        RowsFilteredOut = 0,
        FilmsAdded = 2,
        FilmsReplaced = 1,
        ExistingListsChanged = 4,
        TermsAdded = 5,
        Movies = 10,
        Terms = 50,
        FilmsAddedSinceTraining = 2,
        CollaborativeCarried = carried,
        Drift = IdfDrift.None,
        ModelBytes = 1000,
        StageDurations = new Dictionary<TrainingStage, TimeSpan>(),
    };
}
