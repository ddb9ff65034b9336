using System.Globalization;
using MovieRecommender.Core.Text;

namespace MovieRecommender.Core.Training;

/// <summary>Everything that shapes a model besides the catalog: soup, TF-IDF, neighbours and explanation terms.</summary>
public sealed record ModelBuildOptions
{
    public const int DefaultTopTermsPerMovie = 32;

    public SoupOptions Soup { get; init; } = SoupOptions.Default;

    public TfIdfOptions TfIdf { get; init; } = TfIdfOptions.Default;

    public NeighbourOptions Neighbours { get; init; } = NeighbourOptions.Default;

    /// <summary>Highest-weight terms stored per film for explanations and MMR similarity.</summary>
    public int TopTermsPerMovie { get; init; } = DefaultTopTermsPerMovie;

    public IReadOnlyDictionary<string, string> ToParameters()
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["topTermsPerMovie"] = TopTermsPerMovie.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in Soup.ToParameters().Concat(TfIdf.ToParameters()).Concat(Neighbours.ToParameters()))
        {
            parameters[key] = value;
        }

        return parameters;
    }
}
