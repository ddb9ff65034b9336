using Xunit.Abstractions;
using Xunit.Sdk;

namespace MovieRecommender.ScaleOut.Tests.Infrastructure;

/// <summary>Runs a class's tests in the order of their <see cref="CheckAttribute"/>.</summary>
public sealed class CheckOrderer : ITestCaseOrderer
{
    public const string TypeName = "MovieRecommender.ScaleOut.Tests.Infrastructure.CheckOrderer";
    public const string AssemblyName = "MovieRecommender.ScaleOut.Tests";

    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases) where TTestCase : ITestCase =>
        testCases.OrderBy(testCase => OrderOf(testCase));

    private static int OrderOf(ITestCase testCase) =>
        testCase.TestMethod.Method.GetCustomAttributes(typeof(CheckAttribute).AssemblyQualifiedName!)
            .Select(a => a.GetConstructorArguments().OfType<int>().First())
            .DefaultIfEmpty(int.MaxValue)
            .First();
}
