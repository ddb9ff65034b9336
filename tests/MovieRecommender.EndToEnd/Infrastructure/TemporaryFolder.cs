namespace MovieRecommender.EndToEnd.Infrastructure;

/// <summary>A fresh folder under the system temp directory, deleted with everything in it on dispose.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder() => Path = Directory.CreateTempSubdirectory("movierec-e2e-").FullName;

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a process that is shutting down; the OS cleans temp folders.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
