package org.clinicportal.assessment;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.platform.DocumentFonts;

/**
 * A signed assessment laid out as the clinic keeps it on paper: who was examined, when and by whom,
 * the history, the red-flag screen, the palpation and each trigger point with its criteria, the
 * measures (pain, the Oswestry index, the functional scale's activities) and the examiner's
 * summary. It is the record, not a letter: every finding is stated, none interpreted beyond what
 * the portal itself classified.
 */
public final class AssessmentDocument {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm xxx", Locale.ENGLISH);
  private static final Color INK = new Color(0x1d, 0x27, 0x33);
  private static final Color MUTED = new Color(0x5b, 0x66, 0x73);

  private AssessmentDocument() {}

  /**
   * The assessment as a PDF.
   *
   * @throws IllegalArgumentException for an assessment that is not signed
   */
  public static byte[] render(Clinic clinic, Assessment assessment) {
    if (!assessment.isSigned()) {
      throw new IllegalArgumentException("Only a signed assessment is a record to print");
    }
    Font title = DocumentFonts.of(16, Font.BOLD, INK);
    Font heading = DocumentFonts.of(12, Font.BOLD, Color.decode(clinic.getPrimaryColour()));
    Font body = DocumentFonts.of(10, Font.NORMAL, INK);
    Font muted = DocumentFonts.of(9, Font.NORMAL, MUTED);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 40, 40, 36, 36);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle("Assessment " + assessment.getId());
      document.addAuthor(clinic.getName());
      document.open();
      document.add(new Paragraph(clinic.getName(), muted));
      document.add(
          new Paragraph(
              (assessment.isAmendment()
                  ? "Amended lower-back assessment"
                  : "Lower-back assessment"),
              title));
      var patient = assessment.getPatient();
      document.add(
          new Paragraph(
              patient.getFirstName()
                  + " "
                  + patient.getLastName()
                  + "  ·  record "
                  + patient.getRecordNumber()
                  + "  ·  born "
                  + DATE.format(patient.getDateOfBirth()),
              body));
      document.add(
          new Paragraph(
              "Assessed "
                  + DATE.format(assessment.getAssessedOn())
                  + " by "
                  + assessment.getExaminer().getDisplayName()
                  + "  ·  signed "
                  + MOMENT.format(assessment.getSignedAt()),
              muted));
      if (assessment.isAmendment() && assessment.getAmendmentReason() != null) {
        document.add(new Paragraph("Amended because: " + assessment.getAmendmentReason(), muted));
      }

      section(document, "History", heading);
      fact(document, "Pain felt at", assessment.getPainLocation(), body);
      fact(
          document,
          "Since",
          assessment.getSymptomsSince() == null ? null : DATE.format(assessment.getSymptomsSince()),
          body);
      fact(document, "Onset", words(assessment.getOnsetCause()), body);
      fact(document, "How it began", assessment.getOnsetNote(), body);
      fact(document, "Pain now (0-10)", assessment.getPainNow(), body);
      fact(document, "Pain at its worst (0-10)", assessment.getPainWorst(), body);

      section(document, "Red flags", heading);
      Set<RedFlag> present = assessment.redFlagScreen().present();
      fact(
          document,
          "Answered yes",
          present.isEmpty()
              ? "none"
              : present.stream().map(AssessmentDocument::words).collect(Collectors.joining("; ")),
          body);
      fact(document, "Note", assessment.getRedFlagNote(), body);
      fact(document, "Referred to a physician", assessment.getPhysicianReferral(), body);

      section(document, "Palpation", heading);
      fact(document, "Lump", words(assessment.getPalpationFinding()), body);
      if (!assessment.getTriggerPoints().isEmpty()) {
        document.add(triggerPoints(assessment, body, muted));
      }

      section(document, "Measures", heading);
      OptionalDouble oswestry = assessment.oswestryIndex().percent();
      if (oswestry.isPresent()) {
        fact(
            document, "Oswestry Disability Index", Math.round(oswestry.getAsDouble()) + " %", body);
      }
      for (RatedActivity activity : assessment.getActivities()) {
        fact(
            document,
            "Activity (0-10)",
            activity.getName()
                + ": "
                + (activity.getRating() == null ? "not rated" : activity.getRating()),
            body);
      }

      section(document, "Summary", heading);
      document.add(
          new Paragraph(
              assessment.getSummary() == null ? "(none written)" : assessment.getSummary(), body));
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("The assessment could not be laid out", e);
    }
    return out.toByteArray();
  }

  private static PdfPTable triggerPoints(Assessment assessment, Font body, Font muted)
      throws DocumentException {
    PdfPTable table = new PdfPTable(new float[] {3, 1, 2, 5});
    table.setWidthPercentage(100);
    table.setSpacingBefore(6);
    for (String header : new String[] {"Muscle", "Side", "Found", "Criteria seen"}) {
      PdfPCell cell = new PdfPCell(new Phrase(header, muted));
      cell.setBorder(PdfPCell.BOTTOM);
      table.addCell(cell);
    }
    for (TriggerPoint point : assessment.getTriggerPoints()) {
      TriggerPointCriteria criteria = point.criteria();
      String seen =
          java.util.stream.Stream.of(
                  criteria.tautBand() ? "taut band" : null,
                  criteria.hypersensitiveSpot() ? "hypersensitive spot" : null,
                  criteria.referredPain()
                      ? "referred pain"
                          + (point.getReferredTo() == null ? "" : " to " + point.getReferredTo())
                      : null,
                  criteria.localTwitchResponse() ? "local twitch" : null,
                  criteria.jumpSign() ? "jump sign" : null,
                  criteria.reproducesFamiliarPain() ? "familiar pain" : null)
              .filter(value -> value != null)
              .collect(Collectors.joining(", "));
      for (String value :
          new String[] {
            words(point.getMuscle()) + (point.isDeepMedial() ? ", deep medial" : ""),
            words(point.getSide()),
            words(criteria.classify()),
            seen.isEmpty() ? "none" : seen
          }) {
        PdfPCell cell = new PdfPCell(new Phrase(value, body));
        cell.setBorder(PdfPCell.NO_BORDER);
        table.addCell(cell);
      }
    }
    return table;
  }

  private static void section(Document document, String name, Font heading)
      throws DocumentException {
    Paragraph section = new Paragraph(name, heading);
    section.setSpacingBefore(12);
    section.setSpacingAfter(2);
    document.add(section);
  }

  private static void fact(Document document, String name, Object value, Font body)
      throws DocumentException {
    if (value != null && !value.toString().isBlank()) {
      document.add(new Paragraph(name + ": " + value, body));
    }
  }

  /** A constant's name as words: DEEP_MUSCLE_KNOT as "Deep muscle knot". */
  private static String words(Enum<?> constant) {
    if (constant == null) {
      return null;
    }
    String words = constant.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
