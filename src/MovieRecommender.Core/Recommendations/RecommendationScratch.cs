using System.Runtime.InteropServices;

namespace MovieRecommender.Core.Recommendations;

/// <summary>
/// One request's working memory for ranking, taken from the service's pool and returned when the page is built, so an
/// uncached recommendation no longer allocates its candidate dictionaries, stage arrays and ranked list (at 1M films
/// those ~275 KB per request set the gen0 collection rate, and with it the p99; issue #10).
/// Per-film state lives in two catalog-sized arrays: a stamp saying which <see cref="CandidateStage"/> of the current
/// build a film is in, and its score. Each build moves the stamp base past every stamp used before, which invalidates
/// all of them at once instead of clearing the arrays (like the training's NeighbourScratch clears by touched list).
/// Not thread-safe: one request uses it at a time.
/// </summary>
internal sealed class RecommendationScratch
{
    // Room for every CandidateStage value of one build: Excluded, Direct, TwoHops and one Terms stamp per posting depth.
    private const int StampsPerBuild = 8;

    // Zeroed arrays hold stamp 0; the first base is above it so those read as "not met".
    private const int FirstBase = StampsPerBuild;

    private const int InitialStageCapacity = 4_096;

    private int[] _stamps = [];
    private double[] _scores = [];
    private RankedCandidate[] _stage = new RankedCandidate[InitialStageCapacity];
    private int _base;

    public RecommendationScratch()
        : this(FirstBase)
    {
    }

    /// <summary>Starts the stamps at <paramref name="firstBase"/> (tests use one near the end of the range to check the wrap).</summary>
    internal RecommendationScratch(int firstBase) => _base = firstBase;

    /// <summary>The ranked list of the request's main candidate pool (cleared by each build that fills it).</summary>
    public List<ScoredMovie> Ranked { get; } = [];

    /// <summary>A second ranked list for a content pool built beside the hybrid's (profile discovery, continuation).</summary>
    public List<ScoredMovie> Secondary { get; } = [];

    /// <summary>Films of the direct stage, in the order they were met.</summary>
    public List<int> Direct { get; } = [];

    /// <summary>Films of the two-hop stage, in the order they were met.</summary>
    public List<int> TwoHops { get; } = [];

    /// <summary>Films of the current term stage, in the order they were met.</summary>
    public List<int> Terms { get; } = [];

    /// <summary>Starts a build over a catalog of <paramref name="catalogSize"/> films: every film reads as not met.</summary>
    public void BeginBuild(int catalogSize)
    {
        if (_stamps.Length < catalogSize)
        {
            // Fresh arrays hold stamp 0, below any base: nothing reads as met.
            _stamps = new int[catalogSize];
            _scores = new double[catalogSize];
        }

        if (_base > int.MaxValue - (2 * StampsPerBuild))
        {
            Array.Clear(_stamps);
            _base = FirstBase;
        }
        else
        {
            _base += StampsPerBuild;
        }

        Direct.Clear();
        TwoHops.Clear();
        Terms.Clear();
    }

    /// <summary>The stage a film is in during the current build (<see cref="CandidateStage.None"/> if not met).</summary>
    public CandidateStage StageOf(int film)
    {
        int stage = _stamps[film] - _base;
        return stage >= 0 ? (CandidateStage)stage : CandidateStage.None;
    }

    /// <summary>Puts a film into <paramref name="stage"/> with a score of 0.</summary>
    public void Enter(int film, CandidateStage stage)
    {
        _stamps[film] = _base + (int)stage;
        _scores[film] = 0;
    }

    /// <summary>The score of a film in its current stage.</summary>
    public ref double ScoreOf(int film) => ref _scores[film];

    /// <summary>A buffer of at least <paramref name="count"/> candidates for sorting one stage.</summary>
    public RankedCandidate[] StageBuffer(int count)
    {
        if (_stage.Length < count)
        {
            _stage = new RankedCandidate[Math.Max(count, _stage.Length * 2)];
        }

        return _stage;
    }

    /// <summary>The films of a stage list as a span (no enumerator).</summary>
    public static ReadOnlySpan<int> Films(List<int> films) => CollectionsMarshal.AsSpan(films);
}
