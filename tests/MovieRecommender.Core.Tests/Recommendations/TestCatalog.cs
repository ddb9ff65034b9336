using MovieRecommender.Core.Model;

namespace MovieRecommender.Core.Tests.Recommendations;

/// <summary>A hand-made catalog covering the cases the engine must get right (same titles, accents, scripts...).</summary>
internal static class TestCatalog
{
    public const int DarkKnight = 1;
    public const int BatmanBegins = 2;
    public const int DarkKnightRises = 3;
    public const int Inception = 4;
    public const int Interstellar = 5;
    public const int Dune2021 = 6;
    public const int Dune1984 = 7;
    public const int Amelie = 8;
    public const int SpiritedAway = 9;
    public const int Totoro = 10;
    public const int Heat = 11;
    public const int TheHeat = 12;
    public const int BladeRunner2049 = 13;
    public const int BladeRunner = 14;
    public const int SqlTitle = 15;
    public const int HtmlTitle = 16;
    public const int StarWars = 17;
    public const int LoneStar = 18;
    public const int Film1917 = 19;
    public const int FastAndFurious = 20;
    public const int Godfather = 21;
    public const int GodfatherPart2 = 22;
    public const int Titanic = 23;
    public const int Prestige = 24;
    public const int Memento = 25;
    public const int SpiderMan = 26;

    public static TestModelBuilder Builder() => new TestModelBuilder()
        .Add(DarkKnight, "The Dark Knight", 2008, 12000, 8.2, ["Action", "Crime", "Drama"], "Christopher Nolan",
            ["Christian Bale", "Heath Ledger"], ["batman", "joker"], ["Warner Bros."])
        .Add(BatmanBegins, "Batman Begins", 2005, 7000, 7.5, ["Action", "Crime"], "Christopher Nolan",
            ["Christian Bale", "Michael Caine"], ["batman"], ["Warner Bros."])
        .Add(DarkKnightRises, "The Dark Knight Rises", 2012, 9000, 7.6, ["Action", "Thriller"], "Christopher Nolan",
            ["Christian Bale"], ["batman"], ["Warner Bros."], runtime: 165)
        .Add(Inception, "Inception", 2010, 13000, 8.1, ["Action", "Science Fiction"], "Christopher Nolan",
            ["Leonardo DiCaprio"], ["dream"], ["Warner Bros."], runtime: 148)
        .Add(Interstellar, "Interstellar", 2014, 11000, 8.1, ["Adventure", "Drama", "Science Fiction"], "Christopher Nolan",
            ["Matthew McConaughey", "Michael Caine"], ["space"], ["Paramount"], runtime: 169)
        .Add(Dune2021, "Dune", 2021, 5000, 7.8, ["Science Fiction", "Adventure"], "Denis Villeneuve",
            ["Timothée Chalamet"], ["desert", "space"], ["Legendary"], runtime: 155)
        .Add(Dune1984, "Dune", 1984, 1200, 6.3, ["Science Fiction"], "David Lynch", ["Kyle MacLachlan"],
            ["desert", "space"], ["Universal"], runtime: 137)
        .Add(Amelie, "Amélie", 2001, 6000, 7.8, ["Comedy", "Romance"], "Jean-Pierre Jeunet", ["Audrey Tautou"],
            ["paris"], ["Canal+"], "fr", ["FR"], 122, "Le Fabuleux Destin d'Amélie Poulain")
        .Add(SpiritedAway, "Spirited Away", 2001, 7000, 8.5, ["Animation", "Fantasy"], "Hayao Miyazaki", ["Rumi Hiiragi"],
            ["spirit"], ["Studio Ghibli"], "ja", ["JP"], 125, "千と千尋の神隠し")
        .Add(Totoro, "My Neighbor Totoro", 1988, 2500, 8.1, ["Animation", "Family", "Fantasy"], "Hayao Miyazaki",
            ["Noriko Hidaka"], ["spirit"], ["Studio Ghibli"], "ja", ["JP"], 86, "となりのトトロ")
        .Add(Heat, "Heat", 1995, 4000, 7.9, ["Action", "Crime", "Drama"], "Michael Mann", ["Al Pacino", "Robert De Niro"],
            ["heist"], ["Warner Bros."], runtime: 170)
        .Add(TheHeat, "The Heat", 2013, 2000, 6.3, ["Action", "Comedy", "Crime"], "Paul Feig", ["Sandra Bullock"],
            ["buddy cop"], ["Fox"])
        .Add(BladeRunner2049, "Blade Runner 2049", 2017, 6000, 7.4, ["Science Fiction"], "Denis Villeneuve",
            ["Ryan Gosling", "Harrison Ford"], ["dystopia"], ["Alcon"], runtime: 164)
        .Add(BladeRunner, "Blade Runner", 1982, 5000, 7.9, ["Science Fiction"], "Ridley Scott", ["Harrison Ford"],
            ["dystopia"], ["Warner Bros."], runtime: 117)
        .Add(SqlTitle, "Robert'); DROP TABLE Movies;--", 2020, 3, 5.0, ["Comedy"], "Bobby Tables")
        .Add(HtmlTitle, "<script>alert(\"x\")</script>", 2019, 2, 4.0, ["Horror"], "Mallory")
        .Add(StarWars, "Star Wars", 1977, 10000, 8.1, ["Adventure", "Science Fiction"], "George Lucas",
            ["Harrison Ford", "Mark Hamill"], ["space"], ["Lucasfilm"], runtime: 121)
        .Add(LoneStar, "Lone Star", 1996, 300, 7.0, ["Drama"], "John Sayles", ["Chris Cooper"])
        .Add(Film1917, "1917", 2019, 5500, 7.9, ["War", "Drama"], "Sam Mendes", ["George MacKay"], ["war"], ["Amblin"])
        .Add(FastAndFurious, "Fast & Furious", 2009, 4000, 6.1, ["Action"], "Justin Lin", ["Vin Diesel"], ["cars"], ["Universal"])
        .Add(Godfather, "The Godfather", 1972, 15000, 8.7, ["Crime", "Drama"], "Francis Ford Coppola",
            ["Al Pacino", "Marlon Brando"], ["mafia"], ["Paramount"], runtime: 175)
        .Add(GodfatherPart2, "The Godfather: Part II", 1974, 8000, 8.5, ["Crime", "Drama"], "Francis Ford Coppola",
            ["Al Pacino", "Robert De Niro"], ["mafia"], ["Paramount"], runtime: 202)
        .Add(Titanic, "Titanic", 1997, 14000, 7.5, ["Drama", "Romance"], "James Cameron", ["Leonardo DiCaprio"],
            ["ship"], ["Paramount"], runtime: 194)
        .Add(Prestige, "The Prestige", 2006, 8000, 8.0, ["Drama", "Mystery"], "Christopher Nolan",
            ["Christian Bale", "Hugh Jackman", "Michael Caine"], ["magic"], ["Touchstone"], runtime: 130)
        .Add(Memento, "Memento", 2000, 7000, 8.1, ["Mystery", "Thriller"], "Christopher Nolan", ["Guy Pearce"],
            ["memory"], ["Summit"], runtime: 113)
        .Add(SpiderMan, "Spider-Man", 2002, 9000, 6.8, ["Action", "Adventure"], "Sam Raimi", ["Tobey Maguire"],
            ["superhero"], ["Columbia"]);

    public static RecommenderModel Model(string version = "test-1", int neighbours = 50) =>
        Builder().Build(version, neighbours);
}
