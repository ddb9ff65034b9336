using Microsoft.Extensions.Options;
using MovieRecommender.Core.Model;
using MovieRecommender.Core.Recommendations;

namespace MovieRecommender.Evaluation.Reporting;

/// <summary>Prints the content and hybrid top-10 for a few titles side by side, with the hybrid's reasons.</summary>
public static class ListPrinter
{
    private const int Shown = 10;

    public static void Print(CollaborativeSetup setup, IReadOnlyList<string> titles, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(titles);
        ArgumentNullException.ThrowIfNull(output);
        using var service = new RecommenderService(Options.Create(new RecommenderOptions()), TimeProvider.System);
        service.UseModel(setup.Hybrid(CollaborativePlan.Hybrid[0].Candidates), TimeSpan.Zero);
        foreach (var title in titles)
        {
            var content = service.Recommend(new RecommendationRequest { Title = title, Count = Shown, Algorithm = RecommendationAlgorithm.Content });
            var hybrid = service.Recommend(new RecommendationRequest { Title = title, Count = Shown });
            output.WriteLine($"== {title} ({hybrid.Algorithm})");
            for (var i = 0; i < Math.Max(content.Items.Count, hybrid.Items.Count); i++)
            {
                var left = i < content.Items.Count ? content.Items[i].Movie.Title : string.Empty;
                var right = i < hybrid.Items.Count ? hybrid.Items[i] : null;
                var reason = right?.Explanation.FirstOrDefault(e => e.Kind == TermKind.CoLiked) is { } coLiked ? $"  [fans of {coLiked.Value}]" : string.Empty;
                output.WriteLine($"  {left,-40} | {right?.Movie.Title}{reason}");
            }
        }
    }
}
