package org.clinicportal.platform;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * The pictures the portal accepts from people (a clinic's logo, an exercise's illustration). An
 * upload is a PNG or JPEG of at most 512 KiB, judged by its content, never by what the browser
 * claims; its dimensions are read from its header before any pixel is decoded, so a small file that
 * claims a huge image is refused without allocating it; it is decoded once, scaled down to what the
 * portal shows, and only that re-encoding is kept: bytes after the image, metadata and anything
 * hidden in them are gone.
 */
public final class Pictures {

  public static final int MAX_BYTES = 512 * 1024;

  /** The most pixels a picture may claim; anything larger is refused before it is decoded. */
  public static final long MAX_PIXELS = 40_000_000L;

  public static final String PNG_TYPE = "image/png";
  public static final String JPEG_TYPE = "image/jpeg";

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
  private static final float JPEG_QUALITY = 0.85f;

  private Pictures() {}

  /**
   * The upload as the portal keeps it: decoded, no longer than {@code longestSide} pixels on either
   * side, re-encoded as PNG, or as JPEG when it came as one or is a photograph saved as PNG.
   *
   * @param refusalKeys the prefix of the message keys of a refusal, e.g. {@code clinic.logo}:
   *     {@code .empty}, {@code .tooLarge} (bytes), {@code .type} (neither PNG nor JPEG), {@code
   *     .dimensions} (more than {@link #MAX_PIXELS}) and {@code .unreadable} (does not decode)
   */
  public static Picture accept(byte[] upload, int longestSide, String refusalKeys)
      throws RecordException {
    if (upload == null || upload.length == 0) {
      throw new RecordException(refusalKeys + ".empty");
    }
    if (upload.length > MAX_BYTES) {
      throw new RecordException(refusalKeys + ".tooLarge");
    }
    String type = typeOf(upload).orElseThrow(() -> new RecordException(refusalKeys + ".type"));
    BufferedImage image;
    try {
      image = decode(upload, type, longestSide, longestSide);
    } catch (TooManyPixels e) {
      throw new RecordException(refusalKeys + ".dimensions");
    } catch (IOException e) {
      throw new RecordException(refusalKeys + ".unreadable");
    }
    BufferedImage scaled = fitInto(image, longestSide, longestSide);
    try {
      if (JPEG_TYPE.equals(type)) {
        return new Picture(jpeg(scaled), JPEG_TYPE, scaled.getWidth(), scaled.getHeight());
      }
      byte[] png = png(scaled);
      if (png.length > MAX_BYTES && !scaled.getColorModel().hasAlpha()) {
        return new Picture(jpeg(scaled), JPEG_TYPE, scaled.getWidth(), scaled.getHeight());
      }
      return new Picture(png, PNG_TYPE, scaled.getWidth(), scaled.getHeight());
    } catch (IOException e) {
      throw new RecordException(refusalKeys + ".unreadable");
    }
  }

  /**
   * A stored picture decoded again and scaled to fit a box of the given pixels, for a document that
   * prints it; empty when it is no PNG or JPEG, claims more than {@link #MAX_PIXELS} or does not
   * decode. Its memory depends on the box, not on the stored picture's size.
   */
  public static Optional<BufferedImage> forBox(byte[] stored, int width, int height) {
    Optional<String> type = stored == null ? Optional.empty() : typeOf(stored);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(fitInto(decode(stored, type.get(), width, height), width, height));
    } catch (TooManyPixels | IOException e) {
      return Optional.empty();
    }
  }

  /** The picture as PNG, for a document that embeds it. */
  public static byte[] png(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (!ImageIO.write(image, "png", out)) {
      throw new IOException("No PNG writer");
    }
    return out.toByteArray();
  }

  /** The content type of a PNG or JPEG picture by its first bytes; empty for anything else. */
  public static Optional<String> typeOf(byte[] picture) {
    if (startsWith(picture, PNG)) {
      return Optional.of(PNG_TYPE);
    }
    if (startsWith(picture, JPEG)) {
      return Optional.of(JPEG_TYPE);
    }
    return Optional.empty();
  }

  /**
   * Reads the dimensions from the header, refuses more than {@link #MAX_PIXELS}, then decodes only
   * every n-th pixel of every n-th row when the picture is at least twice the box, so that what is
   * decoded is less than twice the box on either side, whatever the picture's size.
   */
  private static BufferedImage decode(byte[] content, String type, int width, int height)
      throws IOException, TooManyPixels {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
      Iterator<ImageReader> readers =
          ImageIO.getImageReadersByFormatName(PNG_TYPE.equals(type) ? "png" : "jpeg");
      if (in == null || !readers.hasNext()) {
        throw new IOException("No reader for " + type);
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        long sourceWidth = reader.getWidth(0);
        long sourceHeight = reader.getHeight(0);
        if (sourceWidth <= 0 || sourceHeight <= 0 || sourceWidth * sourceHeight > MAX_PIXELS) {
          throw new TooManyPixels();
        }
        int step = (int) Math.max(1, Math.max(sourceWidth / width, sourceHeight / height));
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        return reader.read(0, param);
      } catch (RuntimeException e) {
        throw new IOException("The picture does not decode", e);
      } finally {
        reader.dispose();
      }
    }
  }

  /** The image scaled down, never up, to fit the box, as plain RGB or, with transparency, ARGB. */
  private static BufferedImage fitInto(BufferedImage image, int width, int height) {
    double scale =
        Math.min(
            1.0, Math.min((double) width / image.getWidth(), (double) height / image.getHeight()));
    int targetWidth = Math.max(1, (int) Math.round(image.getWidth() * scale));
    int targetHeight = Math.max(1, (int) Math.round(image.getHeight() * scale));
    boolean alpha = image.getColorModel().hasAlpha();
    BufferedImage target =
        new BufferedImage(
            targetWidth,
            targetHeight,
            alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = target.createGraphics();
    try {
      graphics.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      graphics.drawImage(image, 0, 0, targetWidth, targetHeight, null);
    } finally {
      graphics.dispose();
    }
    return target;
  }

  /** JPEG of the image on white, as JPEG has no transparency. */
  private static byte[] jpeg(BufferedImage image) throws IOException {
    BufferedImage rgb = image;
    if (image.getColorModel().hasAlpha()) {
      rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
      Graphics2D graphics = rgb.createGraphics();
      try {
        graphics.drawImage(image, 0, 0, Color.WHITE, null);
      } finally {
        graphics.dispose();
      }
    }
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(JPEG_QUALITY);
      writer.write(null, new IIOImage(rgb, null, null), param);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  private static boolean startsWith(byte[] picture, byte[] magic) {
    return picture.length >= magic.length
        && Arrays.equals(Arrays.copyOf(picture, magic.length), magic);
  }

  /** The header claims more pixels than the portal decodes. */
  private static final class TooManyPixels extends Exception {
    private static final long serialVersionUID = 1L;
  }
}
