package org.clinicportal.program;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.logging.Logger;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.exercise.Exercise;
import org.clinicportal.exercise.ExerciseKind;
import org.clinicportal.exercise.ExerciseText;
import org.clinicportal.platform.DocumentFonts;
import org.clinicportal.platform.Language;
import org.clinicportal.platform.Pictures;
import org.clinicportal.platform.Words;

/**
 * Lays out a program as the patient takes it home: the clinic's name, logo and colour, the patient,
 * the exercises phase by phase with their picture, dosage in plain words, steps and cautions, the
 * review date, and when to stop and seek help.
 */
final class HandoutDocument {

  private static final Logger LOG = Logger.getLogger(HandoutDocument.class.getName());
  private static final int PIXELS_PER_POINT = 3;
  private static final Color INK = new Color(0x1d, 0x27, 0x33);
  private static final Color MUTED = new Color(0x5b, 0x66, 0x73);
  private static final Color CAUTION = new Color(0x9a, 0x34, 0x12);

  private static final String WORDS = "org.clinicportal.program.handout";

  private HandoutDocument() {}

  /** The handout in the patient's language; names print as written, in any alphabet. */
  static byte[] render(Clinic clinic, HomeProgram program, Language language) {
    Words words = language.words(WORDS, HandoutDocument.class);
    DateTimeFormatter date =
        DateTimeFormatter.ofPattern(words.text("datePattern"), language.locale());
    Color accent = Color.decode(clinic.getPrimaryColour());
    Font title = DocumentFonts.of(18, Font.BOLD, INK);
    Font heading = DocumentFonts.of(13, Font.BOLD, accent);
    Font name = DocumentFonts.of(11, Font.BOLD, INK);
    Font body = DocumentFonts.of(10, Font.NORMAL, INK);
    Font dosage = DocumentFonts.of(10, Font.BOLD, accent);
    Font muted = DocumentFonts.of(9, Font.NORMAL, MUTED);
    Font caution = DocumentFonts.of(9, Font.ITALIC, CAUTION);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 40, 40, 36, 36);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(program.getTitle());
      document.addAuthor(clinic.getName());
      document.open();
      document.add(banner(clinic, accent));

      Paragraph heading1 = new Paragraph(program.getTitle(), title);
      heading1.setSpacingBefore(14);
      document.add(heading1);
      document.add(
          new Paragraph(
              words.format(
                  "for",
                  program.getPatient().getFirstName() + " " + program.getPatient().getLastName(),
                  program.getPrescribedBy().getDisplayName()),
              body));
      if (program.getStartsOn() != null) {
        document.add(
            new Paragraph(
                words.format(
                    "dates",
                    date.format(program.getStartsOn()),
                    date.format(program.getReviewOn())),
                body));
      }

      for (ExerciseKind phase : ExerciseKind.values()) {
        java.util.List<ProgramItem> items = program.itemsOf(phase);
        if (items.isEmpty()) {
          continue;
        }
        Paragraph phaseHeading = new Paragraph(words.text("phase." + phase.name()), heading);
        phaseHeading.setSpacingBefore(14);
        phaseHeading.setSpacingAfter(4);
        document.add(phaseHeading);
        for (ProgramItem item : items) {
          document.add(exercise(item, language, name, body, dosage, muted, caution));
        }
      }

      Paragraph safety = new Paragraph(words.text("safety"), caution);
      safety.setSpacingBefore(16);
      document.add(safety);
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("The handout could not be laid out", e);
    }
    return out.toByteArray();
  }

  private static PdfPTable banner(Clinic clinic, Color accent) throws DocumentException {
    Image picture = picture(clinic.getLogo(), 48, "the logo of clinic " + clinic.getId());
    PdfPTable banner = new PdfPTable(picture == null ? 1 : 2);
    banner.setWidthPercentage(100);
    if (picture != null) {
      banner.setWidths(new float[] {1, 5});
      PdfPCell logo = new PdfPCell(picture, false);
      logo.setBorder(PdfPCell.NO_BORDER);
      logo.setBackgroundColor(accent);
      logo.setPadding(6);
      banner.addCell(logo);
    }
    Phrase text = new Phrase();
    text.add(new Chunk(clinic.getName(), DocumentFonts.of(14, Font.BOLD, Color.WHITE)));
    String contact =
        String.join(
            "  ·  ",
            java.util.stream.Stream.of(clinic.getAddress(), clinic.getPhone())
                .filter(value -> value != null && !value.isBlank())
                .toList());
    if (!contact.isEmpty()) {
      text.add(Chunk.NEWLINE);
      text.add(new Chunk(contact, DocumentFonts.of(9, Font.NORMAL, Color.WHITE)));
    }
    PdfPCell name = new PdfPCell(text);
    name.setBorder(PdfPCell.NO_BORDER);
    name.setBackgroundColor(accent);
    name.setPadding(10);
    name.setVerticalAlignment(Element.ALIGN_MIDDLE);
    banner.addCell(name);
    return banner;
  }

  private static PdfPTable exercise(
      ProgramItem item,
      Language language,
      Font name,
      Font body,
      Font dosage,
      Font muted,
      Font caution)
      throws DocumentException {
    Exercise exercise = item.getExercise();
    ExerciseText words = exercise.textIn(language);
    Image image = picture(pictureOf(exercise), 80, "the picture of exercise " + exercise.getId());
    PdfPTable row = new PdfPTable(image == null ? 1 : 2);
    row.setWidthPercentage(100);
    row.setKeepTogether(true);
    row.setSpacingAfter(8);
    if (image != null) {
      row.setWidths(new float[] {2, 5});
      PdfPCell picture = new PdfPCell(image, false);
      picture.setBorder(PdfPCell.NO_BORDER);
      picture.setPaddingRight(8);
      row.addCell(picture);
    }
    PdfPCell text = new PdfPCell();
    text.setBorder(PdfPCell.NO_BORDER);
    text.addElement(new Paragraph(words.name(), name));
    text.addElement(new Paragraph(item.getDosage().inWords(language), dosage));
    if (item.getDosage().getNotes() != null) {
      text.addElement(new Paragraph(item.getDosage().getNotes(), muted));
    }
    List steps = new List(List.ORDERED);
    steps.setIndentationLeft(4);
    for (String step : words.steps()) {
      steps.add(new ListItem(step, body));
    }
    text.addElement(steps);
    if (!words.cautions().isBlank()) {
      text.addElement(new Paragraph(words.cautions(), caution));
    }
    row.addCell(text);
    return row;
  }

  /** The exercise's picture: the drawing of a built-in routine, or the clinic's own upload. */
  private static byte[] pictureOf(Exercise exercise) {
    if (exercise.isBuiltIn()) {
      String resource = "/org/clinicportal/exercise/pictures/" + exercise.getBuiltInCode() + ".png";
      try (InputStream in = HandoutDocument.class.getResourceAsStream(resource)) {
        return in == null ? null : in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return exercise.getImage();
  }

  /**
   * A stored picture scaled to the box it is printed in, at most three times as wide as high, at
   * {@value #PIXELS_PER_POINT} pixels a point: what the handout holds in memory and embeds depends
   * on the box, not on the stored picture. A picture that does not decode is left out and logged.
   */
  private static Image picture(byte[] stored, float height, String whose)
      throws BadElementException {
    if (stored == null) {
      return null;
    }
    int boxHeight = Math.round(height * PIXELS_PER_POINT);
    Optional<BufferedImage> scaled = Pictures.forBox(stored, boxHeight * 3, boxHeight);
    if (scaled.isEmpty()) {
      LOG.warning(() -> "The handout leaves out " + whose + ": it does not decode as a picture");
      return null;
    }
    try {
      Image image = Image.getInstance(Pictures.png(scaled.get()));
      image.scaleToFit(height * 3, height);
      return image;
    } catch (IOException e) {
      throw new BadElementException(e);
    }
  }
}
