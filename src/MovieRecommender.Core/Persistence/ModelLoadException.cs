namespace MovieRecommender.Core.Persistence;

/// <summary>A model directory cannot be used. <see cref="FileName"/> names the offending file.</summary>
public sealed class ModelLoadException : Exception
{
    public ModelLoadException(string fileName, string message) : base($"{fileName}: {message}") => FileName = fileName;

    public ModelLoadException(string fileName, string message, Exception innerException)
        : base($"{fileName}: {message}", innerException) => FileName = fileName;

    public ModelLoadException() { }

    public ModelLoadException(string message) : base(message) { }

    public ModelLoadException(string message, Exception innerException) : base(message, innerException) { }

    public string? FileName { get; }
}
