namespace MovieRecommender.Core.Recommendations;

/// <summary>Operations on sparse vectors stored as (ascending term index, weight) pairs.</summary>
internal static class SparseVectors
{
    /// <summary>Dot product by merge-join: O(|a| + |b|), no allocation.</summary>
    public static double Dot(ReadOnlySpan<int> aTerms, ReadOnlySpan<float> aWeights, ReadOnlySpan<int> bTerms,
        ReadOnlySpan<float> bWeights)
    {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < aTerms.Length && j < bTerms.Length)
        {
            int a = aTerms[i];
            int b = bTerms[j];
            if (a == b)
            {
                sum += (double)aWeights[i] * bWeights[j];
                i++;
                j++;
            }
            else if (a < b)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }
}
