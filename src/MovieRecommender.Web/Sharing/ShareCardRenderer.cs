using MovieRecommender.Web.Presentation;
using SkiaSharp;

namespace MovieRecommender.Web.Sharing;

/// <summary>
/// Draws a <see cref="ShareCard"/> as a 1200×630 PNG (the size OpenGraph and Twitter cards use): the heading and
/// facts on the left, the posters on the right, on the site's colours. Placeholders match the pages' generated posters.
/// </summary>
public sealed class ShareCardRenderer
{
    private const int Width = ShareMetadata.ImageWidth;
    private const int Height = ShareMetadata.ImageHeight;
    private const float Margin = 56;
    private const float PosterAspect = 1.5f;
    private const float TileGap = 18;
    private const float HeadingSize = 58;
    private const float LineSize = 30;
    private const float BrandSize = 28;
    private const int MaxHeadingLines = 3;
    private const float SingleTileWidth = 300;
    private const float MultiTileWidth = 150;
    private const int MaxTiles = 4;
    private const float CornerRadius = 14;
    private const float AccentBarHeight = 10;

    private static readonly SKColor Background = SKColor.Parse("#111014");
    private static readonly SKColor Text = SKColor.Parse("#f5f3ef");
    private static readonly SKColor Muted = SKColor.Parse("#b7b2aa");
    private static readonly SKColor Accent = SKColor.Parse("#ff8a80");

    public byte[] Render(ShareCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(Background);
        using var regular = SKTypeface.FromFamilyName(null, SKFontStyle.Normal) ?? SKTypeface.Default;
        using var bold = SKTypeface.FromFamilyName(null, SKFontStyle.Bold) ?? regular;
        using var fonts = new Fonts(regular, bold);

        IReadOnlyList<ShareTile> tiles = [.. card.Tiles.Take(MaxTiles)];
        if (tiles.Count <= 1)
        {
            // One film: its poster on the right, heading and facts beside it.
            var tileHeight = SingleTileWidth * PosterAspect;
            var tileLeft = Width - Margin - (tiles.Count * SingleTileWidth);
            DrawTiles(canvas, tiles, SingleTileWidth, tileLeft, (Height - tileHeight) / 2, bold);
            var textWidth = tileLeft - (2 * Margin);
            var y = DrawHeading(canvas, card.Heading, textWidth, MaxHeadingLines, fonts);
            DrawLines(canvas, card.Lines, Margin, y + (LineSize * 0.6f), textWidth, fonts);
        }
        else
        {
            // Several films: the heading across the top, the posters below, their titles beside them.
            var y = DrawHeading(canvas, card.Heading, Width - (2 * Margin), MaxHeadingLines - 1, fonts);
            var tileHeight = MultiTileWidth * PosterAspect;
            var top = Math.Max(y, Height - Margin - tileHeight);
            DrawTiles(canvas, tiles, MultiTileWidth, Margin, top, bold);
            var linesLeft = Margin + (tiles.Count * (MultiTileWidth + TileGap)) + TileGap;
            DrawLines(canvas, card.Lines, linesLeft, top + LineSize, Width - Margin - linesLeft, fonts);
        }

        using var accent = new SKPaint { Color = Accent, IsAntialias = true };
        canvas.DrawRect(0, Height - AccentBarHeight, Width, AccentBarHeight, accent);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    /// <summary>The brand line and the wrapped heading; returns the baseline below them.</summary>
    private static float DrawHeading(SKCanvas canvas, string heading, float maxWidth, int maxLines, Fonts fonts)
    {
        var y = Margin + BrandSize;
        canvas.DrawText("MovieRecommender", Margin, y, SKTextAlign.Left, fonts.Brand, fonts.AccentPaint);
        y += HeadingSize * 1.6f;
        foreach (var line in TextLayout.Wrap(heading, maxWidth, maxLines, s => fonts.Heading.MeasureText(s)))
        {
            canvas.DrawText(line, Margin, y, SKTextAlign.Left, fonts.Heading, fonts.TextPaint);
            y += HeadingSize * 1.2f;
        }

        return y;
    }

    private static void DrawLines(SKCanvas canvas, IReadOnlyList<string> lines, float left, float top, float maxWidth, Fonts fonts)
    {
        var y = top;
        foreach (var text in lines)
        {
            var fitted = TextLayout.Wrap(text, maxWidth, 1, s => fonts.Line.MeasureText(s));
            if (fitted.Count == 0 || y > Height - Margin)
            {
                break;
            }

            canvas.DrawText(fitted[0], left, y, SKTextAlign.Left, fonts.Line, fonts.MutedPaint);
            y += LineSize * 1.45f;
        }
    }

    private static void DrawTiles(SKCanvas canvas, IReadOnlyList<ShareTile> tiles, float tileWidth, float left, float top, SKTypeface bold)
    {
        var tileHeight = tileWidth * PosterAspect;
        for (var i = 0; i < tiles.Count; i++)
        {
            var rect = SKRect.Create(left + (i * (tileWidth + TileGap)), top, tileWidth, tileHeight);
            using var clip = new SKRoundRect(rect, CornerRadius);
            canvas.Save();
            canvas.ClipRoundRect(clip, antialias: true);
            if (!TryDrawPoster(canvas, tiles[i].Poster, rect))
            {
                DrawPlaceholder(canvas, tiles[i], rect, bold);
            }

            canvas.Restore();
        }
    }

    private static bool TryDrawPoster(SKCanvas canvas, byte[]? poster, SKRect rect)
    {
        if (poster is null)
        {
            return false;
        }

        using var bitmap = SKBitmap.Decode(poster);
        if (bitmap is null)
        {
            return false;
        }

        using var image = SKImage.FromBitmap(bitmap);
        canvas.DrawImage(image, rect, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        return true;
    }

    private static void DrawPlaceholder(SKCanvas canvas, ShareTile tile, SKRect rect, SKTypeface bold)
    {
        var (from, to) = PosterPlaceholder.Gradient(tile.MovieId);
        using var shader = SKShader.CreateLinearGradient(
            new SKPoint(rect.Left, rect.Top), new SKPoint(rect.Right, rect.Bottom),
            [SKColor.Parse(from), SKColor.Parse(to)], SKShaderTileMode.Clamp);
        using var fill = new SKPaint { Shader = shader, IsAntialias = true };
        canvas.DrawRect(rect, fill);
        using var initialsFont = new SKFont(bold, rect.Width * 0.3f);
        using var white = new SKPaint { Color = SKColors.White, IsAntialias = true };
        canvas.DrawText(PosterPlaceholder.Initials(tile.Title), rect.MidX, rect.MidY + (rect.Width * 0.1f), SKTextAlign.Center, initialsFont, white);
    }

    /// <summary>The fonts and paints of one rendering, disposed together.</summary>
    private sealed class Fonts(SKTypeface regular, SKTypeface bold) : IDisposable
    {
        public SKFont Brand { get; } = new(bold, BrandSize);
        public SKFont Heading { get; } = new(bold, HeadingSize);
        public SKFont Line { get; } = new(regular, LineSize);
        public SKPaint AccentPaint { get; } = new() { Color = Accent, IsAntialias = true };
        public SKPaint TextPaint { get; } = new() { Color = Text, IsAntialias = true };
        public SKPaint MutedPaint { get; } = new() { Color = Muted, IsAntialias = true };

        public void Dispose()
        {
            Brand.Dispose();
            Heading.Dispose();
            Line.Dispose();
            AccentPaint.Dispose();
            TextPaint.Dispose();
            MutedPaint.Dispose();
        }
    }
}
