package org.clinicportal.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The logo and exercise picture forms over HTTP, as a browser posts them: a good picture is kept
 * and sent back with fixed headers; a file just over each size limit (the picture's 512 KB, the old
 * 1 MB per file, and the 2 MB of a whole form) gets a message on the page, stores nothing and never
 * reaches the error page.
 */
class UploadIT {

  private static final Logger LOG = Logger.getLogger(UploadIT.class.getName());

  private static final int KB = 1024;

  private static final String ERROR_PAGE = "Something went wrong";
  private static final String LOGO_TOO_LARGE = "The logo may be at most 512 KB.";
  private static final String PICTURE_TOO_LARGE = "The picture may be at most 512 KB.";
  private static final String FORM_TOO_LARGE = "The form was larger than 2 MB with its file";

  @Test
  void aLogoJustOverEachLimitGetsAMessageAndTheKeptLogoStays() throws Exception {
    PortalSession admin = PortalSession.signedIn("northside", "admin");
    byte[] script = "<script>alert(document.cookie)</script>".getBytes(StandardCharsets.UTF_8);

    PortalSession.Page saved = uploadLogo(admin, concat(drawnPng(300, 100), script));
    assertTrue(saved.body().contains("The clinic profile was saved."), saved.body());
    byte[] kept = storedLogo();
    assertEquals(300, decoded(kept).getWidth());
    assertFalse(contains(kept, script), "the appended script was kept");

    int refused = 0;
    for (int size : List.of(512 * KB + 1, 1024 * KB + 1, 2048 * KB - 4 * KB)) {
      PortalSession.Page answer = uploadLogo(admin, sized(size));
      assertOnPageWith(LOGO_TOO_LARGE, answer, size);
      assertArrayEquals(kept, storedLogo(), size + " bytes changed the logo");
      refused++;
    }
    for (int size : List.of(2048 * KB + 1, 3 * 1024 * KB)) {
      PortalSession.Page answer = uploadLogo(admin, sized(size));
      assertOnPageWith(FORM_TOO_LARGE, answer, size);
      assertArrayEquals(kept, storedLogo(), size + " bytes changed the logo");
      refused++;
    }
    int count = refused;
    LOG.info(
        () -> "Uploads: 1 logo kept, " + count + " logos just over a limit refused on the page");
  }

  @Test
  void aLogoOf6000By6000PixelsIsKeptAt600() throws Exception {
    PortalSession admin = PortalSession.signedIn("northside", "admin");
    byte[] huge = largeGreyPng(6000, 6000);
    assertTrue(huge.length < 120 * KB, huge.length + " bytes");

    PortalSession.Page saved = uploadLogo(admin, huge);

    assertTrue(saved.body().contains("The clinic profile was saved."), saved.body());
    BufferedImage kept = decoded(storedLogo());
    assertEquals(600, kept.getWidth());
    assertEquals(600, kept.getHeight());
  }

  @Test
  void theLogoIsSentAsTheImageItIsWithFixedHeaders() throws Exception {
    PortalSession admin = PortalSession.signedIn("northside", "admin");
    uploadLogo(admin, drawnPng(120, 60));

    HttpResponse<byte[]> logo = admin.download("/clinic-logo?v=1");

    assertEquals(200, logo.statusCode());
    assertPictureHeaders(logo, "clinic-logo.png");
    assertEquals(120, decoded(logo.body()).getWidth());
    assertNotEquals(200, PortalSession.anonymous().download("/clinic-logo?v=1").statusCode());
  }

  @Test
  void anExercisePictureJustOverEachLimitGetsAMessageAndNothingIsAdded() throws Exception {
    PortalSession therapist = PortalSession.signedIn("northside", "therapist");
    String name = "Band pull-apart " + System.nanoTime();

    PortalSession.Page added = addExercise(therapist, name, drawnPng(200, 150));
    assertTrue(added.body().contains(name + "” was added to the library."), added.body());
    long id = exerciseId(name);
    HttpResponse<byte[]> picture = therapist.download("/exercise-picture?id=" + id);
    assertEquals(200, picture.statusCode());
    assertPictureHeaders(picture, "exercise-" + id + ".png");
    assertEquals(200, decoded(picture.body()).getWidth());
    assertEquals(
        404,
        PortalSession.signedIn("demo", "therapist")
            .download("/exercise-picture?id=" + id)
            .statusCode());

    for (int size : List.of(512 * KB + 1, 1024 * KB + 1, 2048 * KB - 4 * KB)) {
      String refused = name + " " + size;
      assertOnPageWith(PICTURE_TOO_LARGE, addExercise(therapist, refused, sized(size)), size);
      assertEquals(-1, exerciseId(refused), size + " bytes added an exercise");
    }
    for (int size : List.of(2048 * KB + 1, 3 * 1024 * KB)) {
      String refused = name + " " + size;
      assertOnPageWith(FORM_TOO_LARGE, addExercise(therapist, refused, sized(size)), size);
      assertEquals(-1, exerciseId(refused), size + " bytes added an exercise");
    }
  }

  private static PortalSession.Page uploadLogo(PortalSession admin, byte[] file) {
    PortalSession.Page page = admin.get("/admin/profile.xhtml");
    return admin.submitWithFile(
        page.form("profile"), "profile:save", fileField(page.body(), "profile"), "logo.png", file);
  }

  private static PortalSession.Page addExercise(PortalSession therapist, String name, byte[] file) {
    PortalSession.Page page = therapist.get("/therapist/exercises/index.xhtml");
    Form form = page.form("own");
    form.set("own:name", name);
    form.set("own:ownKind", "STRENGTHEN");
    form.set("own:purpose", "Shoulder blade control");
    form.set("own:instructions", "Hold the band at shoulder height.\nPull it apart slowly.");
    return therapist.submitWithFile(
        form, "own:add", fileField(page.body(), "own"), "picture.png", file);
  }

  private static void assertOnPageWith(String message, PortalSession.Page answer, int size) {
    String where = size + " bytes → " + answer.status() + " " + answer.path();
    assertEquals(200, answer.status(), where);
    assertFalse(answer.body().contains(ERROR_PAGE), where + " ended on the error page");
    assertTrue(answer.body().contains(message), where + " shows no message: " + answer.body());
  }

  private static void assertPictureHeaders(HttpResponse<byte[]> picture, String fileName) {
    assertEquals("image/png", picture.headers().firstValue("Content-Type").orElse(""));
    assertEquals(
        "inline; filename=\"" + fileName + "\"",
        picture.headers().firstValue("Content-Disposition").orElse(""));
    assertEquals("nosniff", picture.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals(List.of("private, max-age=86400"), picture.headers().allValues("Cache-Control"));
  }

  /** The name of the file input of a form, as PrimeFaces rendered it. */
  private static String fileField(String html, String formId) {
    Matcher input = Pattern.compile("<input\\b[^>]*>").matcher(html);
    while (input.find()) {
      Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(input.group());
      if (input.group().contains("type=\"file\"")
          && name.find()
          && name.group(1).startsWith(formId + ":")) {
        return name.group(1);
      }
    }
    throw new IllegalStateException("no file input in form " + formId);
  }

  private static byte[] storedLogo() throws Exception {
    try (Connection db = PortalDatabase.connect();
        PreparedStatement query = db.prepareStatement("select logo from clinic where code = ?")) {
      query.setString(1, "northside");
      try (ResultSet row = query.executeQuery()) {
        assertTrue(row.next());
        return row.getBytes(1);
      }
    }
  }

  private static long exerciseId(String name) throws Exception {
    try (Connection db = PortalDatabase.connect();
        PreparedStatement query = db.prepareStatement("select id from exercise where name = ?")) {
      query.setString(1, name);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? row.getLong(1) : -1;
      }
    }
  }

  /** A file of exactly this size that starts as a PNG. */
  private static byte[] sized(int size) {
    byte[] png = drawnPng(16, 16);
    return Arrays.copyOf(png, Math.max(size, png.length));
  }

  private static byte[] drawnPng(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    graphics.setColor(new Color(0x0f, 0x76, 0x6e));
    graphics.fillRect(0, 0, width, height);
    graphics.dispose();
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return png.toByteArray();
  }

  /** A plain grey 8-bit PNG of any size, its rows deflated one by one: 6000 x 6000 is ~40 KB. */
  private static byte[] largeGreyPng(int width, int height) throws IOException {
    ByteArrayOutputStream rows = new ByteArrayOutputStream();
    try (DeflaterOutputStream deflated =
        new DeflaterOutputStream(rows, new Deflater(Deflater.BEST_COMPRESSION))) {
      byte[] row = new byte[width + 1];
      Arrays.fill(row, 1, row.length, (byte) 0x80);
      for (int y = 0; y < height; y++) {
        deflated.write(row);
      }
    }
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(file);
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    DataOutputStream fields = new DataOutputStream(header);
    fields.writeInt(width);
    fields.writeInt(height);
    fields.write(new byte[] {8, 0, 0, 0, 0});
    chunk(out, "IHDR", header.toByteArray());
    chunk(out, "IDAT", rows.toByteArray());
    chunk(out, "IEND", new byte[0]);
    return file.toByteArray();
  }

  private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeInt(data.length);
    out.write(name);
    out.write(data);
    out.writeInt((int) crc.getValue());
  }

  private static BufferedImage decoded(byte[] content) throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
    assertNotNull(image, "does not decode");
    return image;
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] both = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    return new String(haystack, StandardCharsets.ISO_8859_1)
        .contains(new String(needle, StandardCharsets.ISO_8859_1));
  }
}
