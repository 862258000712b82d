package org.clinicportal.web.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.junit.jupiter.api.Test;

/**
 * The built-in exercises are drawn once, as SVG for the pages; the handout prints a PNG of each,
 * kept with the services. Each PNG must be its SVG rendered at the PNG's size: a drawing changed
 * without its picture, or a picture without its drawing, fails here. Two renderers smooth edges
 * differently, so the measure is the share of pixels that differ by more than half the range in a
 * colour channel: under 0.2 % between renderers for these drawings, over 1 % for one limb drawn
 * elsewhere.
 */
class ExerciseDrawingsTest {

  private static final Path DRAWINGS = Path.of("src/main/webapp/resources/images/exercises");
  private static final Path PICTURES =
      Path.of("../portal-ejb/src/main/resources/org/clinicportal/exercise/pictures");

  private static final Path RENDERED = Path.of("target/drawings");

  /** The largest share of clearly different pixels that still counts as the same picture. */
  private static final double SAME = 0.005;

  @Test
  void everyDrawingHasItsPictureAndNoPictureIsWithoutADrawing() throws IOException {
    assertEquals(names(DRAWINGS, ".svg"), names(PICTURES, ".png"));
    assertTrue(names(DRAWINGS, ".svg").size() >= 12, "the built-in routines are drawn");
  }

  @Test
  void everyPictureIsItsDrawingRendered() throws Exception {
    for (String name : names(DRAWINGS, ".svg")) {
      BufferedImage picture = ImageIO.read(PICTURES.resolve(name + ".png").toFile());
      BufferedImage rendered = render(DRAWINGS.resolve(name + ".svg"), picture.getWidth());
      assertEquals(picture.getHeight(), rendered.getHeight(), name + ": height");
      double differing = clearlyDifferent(picture, rendered);
      if (differing > SAME) {
        Files.createDirectories(RENDERED);
        ImageIO.write(rendered, "png", RENDERED.resolve(name + ".png").toFile());
      }
      assertTrue(
          differing <= SAME,
          String.format(
              "%s.png differs from %s.svg in %.2f %% of its pixels; the drawing as rendered now is"
                  + " in %s: copy it over the picture once the drawing is right",
              name, name, differing * 100, RENDERED.resolve(name + ".png")));
    }
  }

  @Test
  void aLimbDrawnElsewhereIsTold() throws Exception {
    String name = names(DRAWINGS, ".svg").get(0);
    BufferedImage picture = ImageIO.read(PICTURES.resolve(name + ".png").toFile());
    BufferedImage changed = ImageIO.read(PICTURES.resolve(name + ".png").toFile());
    Graphics2D pen = changed.createGraphics();
    pen.setColor(new Color(0x1f6f78));
    pen.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    pen.drawLine(60, 60, 180, 60);
    pen.dispose();
    assertTrue(clearlyDifferent(picture, changed) > SAME, "a limb drawn elsewhere is a change");
  }

  private static BufferedImage render(Path svg, float width)
      throws IOException, TranscoderException {
    PNGTranscoder transcoder = new PNGTranscoder();
    transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, width);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    transcoder.transcode(new TranscoderInput(svg.toUri().toString()), new TranscoderOutput(png));
    return ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
  }

  /** The share of pixels whose colour differs by more than half the range in some channel. */
  private static double clearlyDifferent(BufferedImage a, BufferedImage b) {
    long differing = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        int p = a.getRGB(x, y);
        int q = b.getRGB(x, y);
        for (int shift = 0; shift <= 16; shift += 8) {
          if (Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff)) > 128) {
            differing++;
            break;
          }
        }
      }
    }
    return (double) differing / (a.getWidth() * a.getHeight());
  }

  private static List<String> names(Path folder, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(file -> file.endsWith(suffix))
          .map(file -> file.substring(0, file.length() - suffix.length()))
          .sorted()
          .toList();
    }
  }
}
