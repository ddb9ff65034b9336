using Microsoft.ML.Trainers.FastTree;

namespace MovieRecommender.Core.Hybrid;

/// <summary>
/// A trained ML.NET tree ensemble laid out in flat arrays for scoring a few hundred candidates per request without
/// allocating: the same arithmetic as ML.NET's own evaluation (go left when value ≤ threshold; sum of tree weight ×
/// leaf value plus bias), checked against ML.NET's prediction engine by the tests.
/// </summary>
internal sealed class CompiledTreeEnsemble
{
    private readonly int[] _roots;
    private readonly int[] _features;
    private readonly float[] _thresholds;
    private readonly int[] _left;
    private readonly int[] _right;
    private readonly double[] _leaves;
    private readonly double _bias;

    private CompiledTreeEnsemble(int[] roots, int[] features, float[] thresholds, int[] left, int[] right, double[] leaves, double bias, int featureCount)
    {
        _roots = roots;
        _features = features;
        _thresholds = thresholds;
        _left = left;
        _right = right;
        _leaves = leaves;
        _bias = bias;
        FeatureCount = featureCount;
    }

    public int TreeCount => _roots.Length;

    /// <summary>Length of the feature vector the trees read (highest feature index + 1).</summary>
    public int FeatureCount { get; }

    public double Score(ReadOnlySpan<float> features)
    {
        double sum = _bias;
        for (int tree = 0; tree < _roots.Length; tree++)
        {
            int node = _roots[tree];
            while (node >= 0)
            {
                node = features[_features[node]] <= _thresholds[node] ? _left[node] : _right[node];
            }

            sum += _leaves[~node];
        }

        return sum;
    }

    /// <exception cref="InvalidDataException">The ensemble uses categorical splits, which the ranker never trains.</exception>
    public static CompiledTreeEnsemble From(RegressionTreeEnsemble ensemble)
    {
        ArgumentNullException.ThrowIfNull(ensemble);
        var roots = new int[ensemble.Trees.Count];
        var features = new List<int>();
        var thresholds = new List<float>();
        var left = new List<int>();
        var right = new List<int>();
        var leaves = new List<double>();
        int featureCount = 0;
        for (int t = 0; t < ensemble.Trees.Count; t++)
        {
            RegressionTree tree = ensemble.Trees[t];
            double weight = ensemble.TreeWeights[t];
            int nodeBase = features.Count;
            int leafBase = leaves.Count;
            for (int leaf = 0; leaf < tree.NumberOfLeaves; leaf++)
            {
                leaves.Add(weight * tree.LeafValues[leaf]);
            }

            if (tree.NumberOfLeaves <= 1)
            {
                roots[t] = ~leafBase;
                continue;
            }

            roots[t] = nodeBase;
            for (int node = 0; node < tree.NumberOfNodes; node++)
            {
                if (tree.CategoricalSplitFlags[node])
                {
                    throw new InvalidDataException($"tree {t} has a categorical split, which the ranker does not support.");
                }

                features.Add(tree.NumericalSplitFeatureIndexes[node]);
                featureCount = Math.Max(featureCount, tree.NumericalSplitFeatureIndexes[node] + 1);
                thresholds.Add(tree.NumericalSplitThresholds[node]);
                left.Add(Relocate(tree.LeftChild[node], nodeBase, leafBase));
                right.Add(Relocate(tree.RightChild[node], nodeBase, leafBase));
            }
        }

        return new CompiledTreeEnsemble(roots, [.. features], [.. thresholds], [.. left], [.. right], [.. leaves], ensemble.Bias, featureCount);
    }

    // A child ≥ 0 is a node of the same tree, a negative child is ~leaf: both move to the flat arrays' numbering.
    private static int Relocate(int child, int nodeBase, int leafBase) => child >= 0 ? nodeBase + child : ~(leafBase + ~child);
}
