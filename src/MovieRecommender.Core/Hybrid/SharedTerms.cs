using MovieRecommender.Core.Model;

namespace MovieRecommender.Core.Hybrid;

/// <summary>
/// What two films' top terms have in common: the dot product of their L2-normalised weights (≈ content cosine) and
/// how many shared terms are directors, cast, genres and keywords. One merge of two sorted lists, no allocation.
/// </summary>
internal readonly record struct SharedTerms(double Dot, int Directors, int Cast, int Genres, int Keywords)
{
    public static SharedTerms Count(RecommenderModel model, int first, int second)
    {
        ReadOnlySpan<int> a = model.TopTermsOf(first);
        ReadOnlySpan<float> aWeights = model.TopTermWeightsOf(first);
        ReadOnlySpan<int> b = model.TopTermsOf(second);
        ReadOnlySpan<float> bWeights = model.TopTermWeightsOf(second);
        TermKind[] kinds = model.TermKinds;
        double dot = 0;
        int directors = 0, cast = 0, genres = 0, keywords = 0;
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                dot += (double)aWeights[i] * bWeights[j];
                switch (kinds[a[i]])
                {
                    case TermKind.Director:
                        directors++;
                        break;
                    case TermKind.Cast:
                        cast++;
                        break;
                    case TermKind.Genre:
                        genres++;
                        break;
                    case TermKind.Keyword:
                        keywords++;
                        break;
                }

                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return new SharedTerms(dot, directors, cast, genres, keywords);
    }
}
