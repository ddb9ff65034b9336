namespace MovieRecommender.Web.Personal.Import;

/// <summary>Bytes a zip's entries may still expand to, shared by all entries of one archive.</summary>
public sealed class ExpansionBudget(long limit, string fileName)
{
    private readonly long _limit = limit;
    private long _remaining = limit;

    public void Spend(int bytes)
    {
        _remaining -= bytes;
        if (_remaining < 0)
        {
            throw new ImportRejectedException("Import.Rejected.ZipBomb", [fileName, _limit / (1024 * 1024)], StatusCodes.Status413PayloadTooLarge);
        }
    }
}
