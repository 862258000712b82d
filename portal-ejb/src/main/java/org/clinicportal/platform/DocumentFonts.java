package org.clinicportal.platform;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The typeface of the portal's PDFs: DejaVu Sans, embedded, so that every name and every translated
 * text prints as written (Łukasz, Müller, Ørsted, Олена), which the PDF base fonts cannot. The
 * faces and their licence are unpacked into {@code platform/fonts} at build time.
 */
public final class DocumentFonts {

  private static final BaseFont REGULAR = load("DejaVuSans.ttf");
  private static final BaseFont BOLD = load("DejaVuSans-Bold.ttf");
  private static final BaseFont ITALIC = load("DejaVuSans-Oblique.ttf");

  private DocumentFonts() {}

  /** The face of this style ({@link Font#NORMAL}, {@link Font#BOLD} or {@link Font#ITALIC}). */
  public static Font of(float size, int style, Color colour) {
    BaseFont face =
        switch (style) {
          case Font.BOLD -> BOLD;
          case Font.ITALIC -> ITALIC;
          default -> REGULAR;
        };
    return new Font(face, size, Font.NORMAL, colour);
  }

  private static BaseFont load(String file) {
    try (InputStream in = DocumentFonts.class.getResourceAsStream("fonts/" + file)) {
      if (in == null) {
        throw new IllegalStateException("The font " + file + " is missing from platform/fonts");
      }
      return BaseFont.createFont(
          file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
