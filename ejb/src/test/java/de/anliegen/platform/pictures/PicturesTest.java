package de.anliegen.platform.pictures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PicturesTest {

    // a photo as the sensor stored it: 40 x 20, its top left quarter red, the rest blue
    private static final int WIDTH = 40;
    private static final int HEIGHT = 20;

    @Test
    void a_phone_photo_is_drawn_turned_as_its_camera_says_in_each_of_the_eight_ways() throws IOException {
        // where the red quarter must be seen, and the picture's size, for orientations 1 to 8
        record Seen(int width, int height, int redX, int redY) {}
        var expected = new Seen[] {
            new Seen(40, 20, 10, 5), // as stored
            new Seen(40, 20, 30, 5), // mirrored
            new Seen(40, 20, 30, 15), // upside down
            new Seen(40, 20, 10, 15), // mirrored upside down
            new Seen(20, 40, 5, 10), // transposed
            new Seen(20, 40, 15, 10), // turned right
            new Seen(20, 40, 15, 30), // transversed
            new Seen(20, 40, 5, 30) // turned left
        };
        for (var orientation = 1; orientation <= 8; orientation++) {
            for (var order : new ByteOrder[] {ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN}) {
                var seen = expected[orientation - 1];
                var drawn = decode(Pictures.reencode(withOrientation(photo(), orientation, order)));
                var what = "orientation " + orientation + ", " + order;
                assertEquals(seen.width(), drawn.getWidth(), what);
                assertEquals(seen.height(), drawn.getHeight(), what);
                assertTrue(isRed(drawn.getRGB(seen.redX(), seen.redY())), what + ": red where the camera meant it");
                // the opposite corner's quarter is blue
                var blueX = seen.width() - 1 - seen.redX();
                var blueY = seen.height() - 1 - seen.redY();
                assertTrue(isBlue(drawn.getRGB(blueX, blueY)), what + ": blue opposite");
            }
        }
    }

    @Test
    void a_photo_without_a_word_on_its_turn_or_with_a_broken_one_is_drawn_as_stored() throws IOException {
        for (var upload : new byte[][] {photo(), withBrokenExif(photo())}) {
            var drawn = decode(Pictures.reencode(upload));
            assertEquals(WIDTH, drawn.getWidth());
            assertEquals(HEIGHT, drawn.getHeight());
            assertTrue(isRed(drawn.getRGB(10, 5)));
            assertTrue(isBlue(drawn.getRGB(30, 15)));
        }
    }

    @Test
    void nothing_of_the_exif_block_is_kept_but_the_turn() throws IOException {
        var kept = Pictures.reencode(withOrientation(photo(), 6, ByteOrder.BIG_ENDIAN))
                .bytes();
        assertTrue(!new String(kept, StandardCharsets.ISO_8859_1).contains("Exif"));
    }

    private static byte[] photo() throws IOException {
        var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.BLUE);
        graphics.fillRect(0, 0, WIDTH, HEIGHT);
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, WIDTH / 2, HEIGHT / 2);
        graphics.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    /** The JPEG with an EXIF block right after its start, as cameras write it, naming this orientation. */
    private static byte[] withOrientation(byte[] jpeg, int orientation, ByteOrder order) {
        var tiff = ByteBuffer.allocate(26).order(order);
        tiff.put(order == ByteOrder.LITTLE_ENDIAN ? (byte) 'I' : (byte) 'M');
        tiff.put(order == ByteOrder.LITTLE_ENDIAN ? (byte) 'I' : (byte) 'M');
        tiff.putShort((short) 42).putInt(8); // the first directory right after the header
        tiff.putShort((short) 1); // one entry: orientation, SHORT, one value
        tiff.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) orientation)
                .putShort((short) 0);
        tiff.putInt(0); // no further directory
        return withApp1(jpeg, tiff.array());
    }

    /** An EXIF block that ends in the middle of its directory. */
    private static byte[] withBrokenExif(byte[] jpeg) {
        return withApp1(jpeg, new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 5, 1, 0x12});
    }

    private static byte[] withApp1(byte[] jpeg, byte[] tiff) {
        var exif = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        var segment = ByteBuffer.allocate(4 + exif.length + tiff.length);
        segment.put((byte) 0xff).put((byte) 0xe1).putShort((short) (2 + exif.length + tiff.length));
        segment.put(exif).put(tiff);
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(segment.array());
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static BufferedImage decode(Pictures.Encoded encoded) throws IOException {
        assertEquals("image/jpeg", encoded.contentType());
        return ImageIO.read(new ByteArrayInputStream(encoded.bytes()));
    }

    private static boolean isRed(int rgb) {
        var color = new Color(rgb);
        return color.getRed() > 200 && color.getBlue() < 60;
    }

    private static boolean isBlue(int rgb) {
        var color = new Color(rgb);
        return color.getBlue() > 200 && color.getRed() < 60;
    }
}
