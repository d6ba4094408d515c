package be.groupsetup.bootstrap;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A screenshot of the dashboard made small enough for the repository: a page of text on white holds some thousand
 * colours, nearly all of them shades of the anti-aliased letters; its 256 most frequent colours cover over 99% of
 * the pixels. The PNG is rewritten with that palette (8 bits a pixel instead of 24 or 32), each other colour drawn
 * as its nearest one: about half the bytes, and no difference a reader can see.
 */
final class PalettePng {

    private static final int COLOURS = 256;

    private PalettePng() {
    }

    static byte[] compact(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        Map<Integer, Integer> frequency = new HashMap<>();
        for (int pixel : pixels) {
            frequency.merge(pixel & 0xffffff, 1, Integer::sum);
        }
        int[] palette = frequency.entrySet().stream()
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed()).limit(COLOURS)
                .mapToInt(Map.Entry::getKey).toArray();
        byte[] red = new byte[palette.length];
        byte[] green = new byte[palette.length];
        byte[] blue = new byte[palette.length];
        for (int i = 0; i < palette.length; i++) {
            red[i] = (byte) (palette[i] >> 16);
            green[i] = (byte) (palette[i] >> 8);
            blue[i] = (byte) palette[i];
        }
        BufferedImage indexed = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(8, palette.length, red, green, blue));
        WritableRaster raster = indexed.getRaster();
        Map<Integer, Integer> nearest = new HashMap<>();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int colour = pixels[y * width + x] & 0xffffff;
                raster.setSample(x, y, 0, nearest.computeIfAbsent(colour, c -> nearest(c, palette)));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(indexed, "png", out);
        return out.toByteArray();
    }

    private static int nearest(int colour, int[] palette) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            long red = ((colour >> 16) & 0xff) - ((palette[i] >> 16) & 0xff);
            long green = ((colour >> 8) & 0xff) - ((palette[i] >> 8) & 0xff);
            long blue = (colour & 0xff) - (palette[i] & 0xff);
            long distance = red * red + green * green + blue * blue;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }
}
