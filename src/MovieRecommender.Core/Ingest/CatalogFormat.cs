namespace MovieRecommender.Core.Ingest;

/// <summary>Layouts of movie files the reader understands, detected from the header row.</summary>
public enum CatalogFormat
{
    /// <summary>Kaggle "TMDB 5000" movies file (JSON-in-CSV lists); also the demo catalog layout.</summary>
    Tmdb5000 = 0,

    /// <summary>Kaggle "TMDB full dump" (<c>TMDB_movie_dataset_v11.csv</c>): comma-separated lists, no credits.</summary>
    TmdbFullDump = 1,
}
