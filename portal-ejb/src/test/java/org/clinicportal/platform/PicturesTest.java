package org.clinicportal.platform;

import static org.clinicportal.platform.PictureFiles.ascii;
import static org.clinicportal.platform.PictureFiles.concat;
import static org.clinicportal.platform.PictureFiles.contains;
import static org.clinicportal.platform.PictureFiles.drawnPng;
import static org.clinicportal.platform.PictureFiles.headerOnlyPng;
import static org.clinicportal.platform.PictureFiles.largeGreyPng;
import static org.clinicportal.platform.PictureFiles.photoJpeg;
import static org.clinicportal.platform.PictureFiles.withText;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Pictures people upload are judged by their content, decoded once, scaled to what the portal shows
 * and kept only as a re-encoding; a picture that claims too many pixels is refused by its header.
 */
class PicturesTest {

  private static final int SIDE = 2000;

  @Test
  void aPictureIsJudgedByItsContentNotItsName() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};
    byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0};
    byte[] svg = "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8);

    assertEquals(Optional.of("image/png"), Pictures.typeOf(png));
    assertEquals(Optional.of("image/jpeg"), Pictures.typeOf(jpeg));
    assertEquals(Optional.empty(), Pictures.typeOf(svg));
    assertEquals(Optional.empty(), Pictures.typeOf(new byte[] {(byte) 0x89, 'P'}));
  }

  @Test
  void aGoodPictureIsKeptReEncodedAtItsSizeAndDecodes() throws Exception {
    byte[] upload = drawnPng(320, 200);

    Picture kept = Pictures.accept(upload, SIDE, "exercise.picture");

    assertEquals("image/png", kept.type());
    BufferedImage decoded = decoded(kept.content());
    assertEquals(320, decoded.getWidth());
    assertEquals(200, decoded.getHeight());
    assertEquals(0x0f766e, decoded.getRGB(160, 100) & 0xffffff);
    assertEquals(0xf4f6f8, decoded.getRGB(5, 5) & 0xffffff);
  }

  @Test
  void aPhotographStaysAJpeg() throws Exception {
    Picture kept = Pictures.accept(photoJpeg(300, 200), SIDE, "exercise.picture");

    assertEquals("image/jpeg", kept.type());
    assertEquals(300, decoded(kept.content()).getWidth());
  }

  @Test
  void aLargeButLegalPictureIsScaledDownToTheLimit() throws Exception {
    byte[] upload = largeGreyPng(6000, 6000);
    assertTrue(upload.length < 120 * 1024, upload.length + " bytes");

    Picture exercise = Pictures.accept(upload, SIDE, "exercise.picture");
    Picture logo = Pictures.accept(upload, 600, "clinic.logo");
    Picture wide = Pictures.accept(largeGreyPng(6000, 1500), SIDE, "exercise.picture");

    assertEquals(2000, decoded(exercise.content()).getWidth());
    assertEquals(2000, decoded(exercise.content()).getHeight());
    assertEquals(600, decoded(logo.content()).getWidth());
    assertEquals(2000, decoded(wide.content()).getWidth());
    assertEquals(500, decoded(wide.content()).getHeight());
    assertEquals(2000, exercise.width());
  }

  @Test
  void hugeDimensionsAreRefusedFromTheHeaderWithoutDecodingThePixels() throws Exception {
    Pictures.accept(largeGreyPng(6000, 6000), SIDE, "clinic.logo");

    assertRefused("clinic.logo.dimensions", headerOnlyPng(60000, 60000));
    assertRefused("exercise.picture.dimensions", largeGreyPng(7000, 7000), "exercise.picture");
    assertTrue(Pictures.forBox(headerOnlyPng(60000, 60000), 100, 100).isEmpty());
    assertRefused("clinic.logo.unreadable", headerOnlyPng(6000, 6000));
  }

  @Test
  void junkAfterTheMagicBytesIsRefused() throws Exception {
    Pictures.accept(drawnPng(40, 40), SIDE, "clinic.logo");
    Pictures.accept(photoJpeg(40, 40), SIDE, "clinic.logo");
    byte[] junk = new byte[4096];
    new Random(18).nextBytes(junk);

    byte[] pngMagic = Arrays.copyOf(drawnPng(4, 4), 8);
    byte[] jpegMagic = Arrays.copyOf(photoJpeg(4, 4), 3);
    byte[] truncated = drawnPng(200, 200);

    assertRefused("clinic.logo.unreadable", concat(pngMagic, junk));
    assertRefused("clinic.logo.unreadable", concat(jpegMagic, junk));
    assertRefused("clinic.logo.unreadable", Arrays.copyOf(truncated, truncated.length / 2));
    assertTrue(Pictures.forBox(concat(pngMagic, junk), 80, 80).isEmpty());
  }

  @Test
  void aPolyglotIsKeptWithoutWhatWasAppendedOrHidden() throws Exception {
    byte[] script = ascii("<script>alert(document.cookie)</script>");
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 'e', 'v', 'i', 'l', '.', 'j', 's'};
    byte[] withScript = concat(drawnPng(64, 64), script);
    byte[] withZip = concat(drawnPng(64, 64), zip);
    byte[] withText = withText(drawnPng(64, 64), "Comment", "<script>alert(1)</script>");
    assertTrue(contains(withScript, script));

    for (byte[] polyglot : new byte[][] {withScript, withZip, withText}) {
      Picture kept = Pictures.accept(polyglot, SIDE, "exercise.picture");
      assertFalse(contains(kept.content(), ascii("<script")));
      assertFalse(contains(kept.content(), new byte[] {'P', 'K', 3, 4}));
      assertFalse(contains(kept.content(), ascii("tEXt")));
      assertEquals(64, decoded(kept.content()).getWidth());
      assertArrayEquals(
          Pictures.accept(drawnPng(64, 64), SIDE, "exercise.picture").content(), kept.content());
    }
  }

  @Test
  void markupAndOtherFormatsWithAPictureNameAreRefused() throws Exception {
    Pictures.accept(drawnPng(8, 8), SIDE, "clinic.logo");

    assertRefused("clinic.logo.type", ascii("<svg xmlns='http://www.w3.org/2000/svg'/>"));
    assertRefused("clinic.logo.type", ascii("<!DOCTYPE html><html><script>alert(1)</script>"));
    assertRefused("clinic.logo.type", ascii("GIF89a/*\u0001\u0001*/=alert(1)//;"));
    assertRefused("clinic.logo.empty", new byte[0]);
    assertRefused("clinic.logo.empty", null);
    assertRefused("clinic.logo.tooLarge", concat(drawnPng(8, 8), new byte[Pictures.MAX_BYTES]));
  }

  @Test
  void aStoredPictureIsScaledIntoThePrintedBox() throws Exception {
    BufferedImage printed = Pictures.forBox(largeGreyPng(6000, 6000), 432, 144).orElseThrow();
    BufferedImage wide = Pictures.forBox(largeGreyPng(3000, 500), 432, 144).orElseThrow();

    assertEquals(144, printed.getWidth());
    assertEquals(144, printed.getHeight());
    assertEquals(432, wide.getWidth());
    assertEquals(72, wide.getHeight(), 1, "one pixel of rounding after subsampling");
    assertTrue(Pictures.forBox(ascii("<svg/>"), 432, 144).isEmpty());
    assertTrue(Pictures.forBox(null, 432, 144).isEmpty());
  }

  private static void assertRefused(String key, byte[] upload) {
    assertRefused(key, upload, "clinic.logo");
  }

  private static void assertRefused(String key, byte[] upload, String keys) {
    RecordException refused =
        assertThrows(RecordException.class, () -> Pictures.accept(upload, SIDE, keys));
    assertEquals(key, refused.messageKey());
  }

  private static BufferedImage decoded(byte[] content) throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
    assertNotNull(image);
    return image;
  }
}
