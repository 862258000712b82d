package org.clinicportal.platform;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;

/** Picture files for tests, made in memory: small and honest ones, and ones that attack. */
public final class PictureFiles {

  private PictureFiles() {}

  /** Width and height in pixels of every image a PDF embeds. */
  public static List<int[]> embeddedImageSizes(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    List<int[]> sizes = new ArrayList<>();
    for (int i = 0; i < reader.getXrefSize(); i++) {
      PdfObject object = reader.getPdfObject(i);
      if (object instanceof PdfDictionary dictionary
          && PdfName.IMAGE.equals(dictionary.get(PdfName.SUBTYPE))) {
        sizes.add(
            new int[] {
              dictionary.getAsNumber(PdfName.WIDTH).intValue(),
              dictionary.getAsNumber(PdfName.HEIGHT).intValue()
            });
      }
    }
    return sizes;
  }

  /**
   * A plain grey PNG of any size, written row by row so that not even the test holds its pixels: a
   * 6000 x 6000 picture is a file of about 40 KB.
   */
  public static byte[] largeGreyPng(int width, int height) {
    ByteArrayOutputStream pixels = new ByteArrayOutputStream();
    try (DeflaterOutputStream deflated =
        new DeflaterOutputStream(pixels, new Deflater(Deflater.BEST_COMPRESSION))) {
      byte[] row = new byte[width + 1];
      Arrays.fill(row, 1, row.length, (byte) 0x80);
      for (int y = 0; y < height; y++) {
        deflated.write(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return png(width, height, pixels.toByteArray());
  }

  /** A PNG whose header claims the size but that carries no pixels at all. */
  public static byte[] headerOnlyPng(int width, int height) {
    return png(width, height, null);
  }

  /** A small PNG drawn by ImageIO: a coloured square on a light background. */
  public static byte[] drawnPng(int width, int height) {
    return encode(drawing(width, height), "png");
  }

  /** A JPEG of noise, as a photograph compresses: nothing repeats. */
  public static byte[] photoJpeg(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(18);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, random.nextInt(0xffffff));
      }
    }
    return encode(image, "jpeg");
  }

  /** The PNG with a text chunk right after its header, where metadata usually sits. */
  public static byte[] withText(byte[] png, String keyword, String text) {
    ByteArrayOutputStream chunk = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(chunk)) {
      chunk(out, "tEXt", concat(ascii(keyword + "\0"), ascii(text)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int afterHeader = 8 + 4 + 4 + 13 + 4;
    byte[] head = Arrays.copyOf(png, afterHeader);
    byte[] tail = Arrays.copyOfRange(png, afterHeader, png.length);
    return concat(concat(head, chunk.toByteArray()), tail);
  }

  public static byte[] concat(byte[] first, byte[] second) {
    byte[] both = new byte[first.length + second.length];
    System.arraycopy(first, 0, both, 0, first.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }

  public static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Whether {@code needle} occurs anywhere in {@code haystack}. */
  public static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static BufferedImage drawing(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    graphics.setColor(new Color(0xf4, 0xf6, 0xf8));
    graphics.fillRect(0, 0, width, height);
    graphics.setColor(new Color(0x0f, 0x76, 0x6e));
    graphics.fillRect(width / 4, height / 4, width / 2, height / 2);
    graphics.dispose();
    return image;
  }

  private static byte[] encode(BufferedImage image, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** An 8-bit greyscale PNG: signature, header, the given compressed rows (if any), end. */
  private static byte[] png(int width, int height, byte[] compressedRows) {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(file)) {
      out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
      ByteArrayOutputStream header = new ByteArrayOutputStream();
      DataOutputStream fields = new DataOutputStream(header);
      fields.writeInt(width);
      fields.writeInt(height);
      fields.write(new byte[] {8, 0, 0, 0, 0});
      chunk(out, "IHDR", header.toByteArray());
      if (compressedRows != null) {
        chunk(out, "IDAT", compressedRows);
      }
      chunk(out, "IEND", new byte[0]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file.toByteArray();
  }

  private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
    byte[] name = ascii(type);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeInt(data.length);
    out.write(name);
    out.write(data);
    out.writeInt((int) crc.getValue());
  }
}
