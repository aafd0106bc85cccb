package de.anliegen.platform.pictures;

import java.awt.geom.AffineTransform;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * How a camera says its photo is to be turned: the Orientation tag (0x0112) of a JPEG's EXIF block, 1 to 8. Phones
 * store a photo as the sensor saw it and name the turn there; a picture drawn anew without its EXIF block must be
 * turned as it is drawn, or it shows on its side.
 */
enum Orientation {
    AS_STORED(false),
    MIRRORED(false),
    UPSIDE_DOWN(false),
    MIRRORED_UPSIDE_DOWN(false),
    MIRRORED_TURNED_LEFT(true),
    TURNED_RIGHT(true),
    MIRRORED_TURNED_RIGHT(true),
    TURNED_LEFT(true);

    private static final int SOI = 0xd8;
    private static final int APP1 = 0xe1;
    private static final int START_OF_SCAN = 0xda;
    private static final int ORIENTATION_TAG = 0x0112;
    private static final ByteBuffer EXIF = ByteBuffer.wrap("Exif\0\0".getBytes(StandardCharsets.US_ASCII));

    /** Whether the picture's width and height trade places. */
    final boolean sideways;

    Orientation(boolean sideways) {
        this.sideways = sideways;
    }

    /** The orientation a JPEG names; as stored for a PNG, or a JPEG that names none or names it unreadably. */
    static Orientation of(byte[] picture) {
        try {
            return ofJpeg(ByteBuffer.wrap(picture));
        } catch (RuntimeException unreadable) {
            // a truncated or odd EXIF block: the picture itself decoded, so it is shown as stored
            return AS_STORED;
        }
    }

    /**
     * Draws a picture of {@code width} x {@code height} pixels, as stored, into one of the turned size (height x width
     * when {@link #sideways}), turned and mirrored as named.
     */
    AffineTransform transform(double width, double height) {
        // each read from the last line up: a point of the stored picture is first mirrored, then turned, then moved
        var turn = new AffineTransform();
        switch (this) {
            case AS_STORED -> {}
            case MIRRORED -> {
                turn.translate(width, 0);
                turn.scale(-1, 1);
            }
            case UPSIDE_DOWN -> {
                turn.translate(width, height);
                turn.quadrantRotate(2);
            }
            case MIRRORED_UPSIDE_DOWN -> {
                turn.translate(0, height);
                turn.scale(1, -1);
            }
            case MIRRORED_TURNED_LEFT -> {
                // (x, y) to (y, x)
                turn.quadrantRotate(1);
                turn.scale(1, -1);
            }
            case TURNED_RIGHT -> {
                // (x, y) to (height - y, x)
                turn.translate(height, 0);
                turn.quadrantRotate(1);
            }
            case MIRRORED_TURNED_RIGHT -> {
                // (x, y) to (height - y, width - x)
                turn.translate(height, width);
                turn.scale(-1, -1);
                turn.quadrantRotate(1);
                turn.scale(1, -1);
            }
            case TURNED_LEFT -> {
                // (x, y) to (y, width - x)
                turn.translate(0, width);
                turn.quadrantRotate(-1);
            }
        }
        return turn;
    }

    private static Orientation ofJpeg(ByteBuffer jpeg) {
        if (jpeg.remaining() < 4 || (jpeg.get() & 0xff) != 0xff || (jpeg.get() & 0xff) != SOI) {
            return AS_STORED;
        }
        // the segments before the picture's data: marker, length (counting itself), content
        while (jpeg.remaining() >= 4) {
            if ((jpeg.get() & 0xff) != 0xff) {
                return AS_STORED;
            }
            var marker = jpeg.get() & 0xff;
            if (marker == START_OF_SCAN) {
                return AS_STORED;
            }
            var length = jpeg.getShort() & 0xffff;
            var content = jpeg.slice(jpeg.position(), length - 2);
            if (marker == APP1
                    && content.remaining() >= EXIF.capacity()
                    && content.slice(0, EXIF.capacity()).equals(EXIF)) {
                return ofTiff(content.position(EXIF.capacity()).slice());
            }
            jpeg.position(jpeg.position() + length - 2);
        }
        return AS_STORED;
    }

    /** The first directory of the TIFF structure inside the EXIF block, where the orientation is. */
    private static Orientation ofTiff(ByteBuffer tiff) {
        tiff.order(tiff.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        var directory = tiff.getInt(4);
        var entries = tiff.getShort(directory) & 0xffff;
        for (var i = 0; i < entries; i++) {
            var entry = directory + 2 + i * 12;
            if ((tiff.getShort(entry) & 0xffff) == ORIENTATION_TAG) {
                var value = tiff.getShort(entry + 8) & 0xffff;
                return value >= 1 && value <= 8 ? values()[value - 1] : AS_STORED;
            }
        }
        return AS_STORED;
    }
}
