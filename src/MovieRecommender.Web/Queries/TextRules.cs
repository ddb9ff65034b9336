namespace MovieRecommender.Web.Queries;

/// <summary>Checks on free text from clients: no control characters, short codes made of ASCII letters.</summary>
public static class TextRules
{
    public static bool IsPlainText(string value) => !value.Any(char.IsControl);

    public static bool IsLetterCode(string value, int minLength, int maxLength) =>
        value.Length >= minLength && value.Length <= maxLength && value.All(char.IsAsciiLetter);
}
