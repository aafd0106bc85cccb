package de.anliegen.platform.pictures;

import de.anliegen.platform.problems.Invalid;
import de.anliegen.platform.problems.UnsupportedPicture;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Pictures (profile pictures, company logos): only what decodes as JPEG or PNG is taken, and it is drawn anew, at most
 * 1024 pixels wide and high, so that nothing of the original file (EXIF with GPS position, comments, hidden payloads)
 * survives. A camera's word on how its photo is turned is the one thing of the EXIF block that is kept: the picture is
 * drawn turned ({@link Orientation}).
 */
public final class Pictures {

    public static final int MOST_BYTES = 2 * 1024 * 1024;
    private static final int LARGEST_SIDE = 1024;
    // a 4096 x 4096 source decodes to 64 MiB at most: a few parallel uploads cannot exhaust the heap
    private static final int LARGEST_SOURCE_SIDE = 4096;

    private Pictures() {}

    /** The picture re-encoded in its own format; refuses what is not a JPEG or PNG image. */
    public static Encoded reencode(byte[] upload) {
        var format = format(upload);
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            var readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw unsupported();
            }
            var reader = readers.next();
            try {
                reader.setInput(input, true, true);
                if (reader.getWidth(0) > LARGEST_SOURCE_SIDE || reader.getHeight(0) > LARGEST_SOURCE_SIDE) {
                    throw new Invalid(
                            "picture-too-large", "picture", "A picture may have at most 4,096 pixels a side.");
                }
                var image = reader.read(0);
                var orientation = format == Format.JPEG ? Orientation.of(upload) : Orientation.AS_STORED;
                return new Encoded(format.contentType, write(fit(image, format, orientation), format.name));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Invalid invalid) {
                throw invalid;
            }
            throw unsupported();
        }
    }

    private static Format format(byte[] upload) {
        if (upload.length > 3
                && (upload[0] & 0xff) == 0xff
                && (upload[1] & 0xff) == 0xd8
                && (upload[2] & 0xff) == 0xff) {
            return Format.JPEG;
        }
        if (upload.length > 8
                && (upload[0] & 0xff) == 0x89
                && upload[1] == 'P'
                && upload[2] == 'N'
                && upload[3] == 'G') {
            return Format.PNG;
        }
        throw unsupported();
    }

    private static BufferedImage fit(BufferedImage image, Format format, Orientation orientation) {
        var scale = Math.min(1.0, (double) LARGEST_SIDE / Math.max(image.getWidth(), image.getHeight()));
        var width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        var height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        var type = format == Format.PNG ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        var drawn =
                orientation.sideways ? new BufferedImage(height, width, type) : new BufferedImage(width, height, type);
        var graphics = drawn.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.transform(orientation.transform(width, height));
            graphics.drawImage(image, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return drawn;
    }

    private static byte[] write(BufferedImage image, String format) {
        try {
            var out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UnsupportedPicture unsupported() {
        return new UnsupportedPicture();
    }

    /** The picture as we keep it. */
    public record Encoded(String contentType, byte[] bytes) {}

    private enum Format {
        JPEG("image/jpeg", "jpeg"),
        PNG("image/png", "png");

        final String contentType;
        final String name;

        Format(String contentType, String name) {
            this.contentType = contentType;
            this.name = name;
        }
    }
}
