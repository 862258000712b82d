package org.clinicportal.assessment;

import static java.util.stream.Collectors.joining;

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
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Stream;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.platform.DocumentFonts;
import org.clinicportal.platform.Language;
import org.clinicportal.platform.Words;

/**
 * A signed assessment laid out as the clinic keeps it on paper: who was examined, when and by whom,
 * the history, the red-flag screen, the palpation and each trigger point with its criteria, the
 * measures (pain, the Oswestry index, the functional scale's activities) and the examiner's
 * summary. It is the record, not a letter: every finding is stated, none interpreted beyond what
 * the portal itself classified.
 */
public final class AssessmentDocument {

  private static final String WORDS = "org.clinicportal.assessment.assessment-document";
  private static final Color INK = new Color(0x1d, 0x27, 0x33);
  private static final Color MUTED = new Color(0x5b, 0x66, 0x73);

  private final Words words;
  private final DateTimeFormatter date;
  private final DateTimeFormatter moment;
  private final Font heading;
  private final Font body = DocumentFonts.of(10, Font.NORMAL, INK);
  private final Font muted = DocumentFonts.of(9, Font.NORMAL, MUTED);

  private AssessmentDocument(Clinic clinic) {
    Language language = clinic.getLanguage();
    words = language.words(WORDS, AssessmentDocument.class);
    date = DateTimeFormatter.ofPattern(words.text("datePattern"), language.locale());
    moment = DateTimeFormatter.ofPattern(words.text("momentPattern"), language.locale());
    heading = DocumentFonts.of(12, Font.BOLD, Color.decode(clinic.getPrimaryColour()));
  }

  /**
   * The assessment as a PDF, worded in the clinic's language: it is the clinic's record.
   *
   * @throws IllegalArgumentException for an assessment that is not signed
   */
  public static byte[] render(Clinic clinic, Assessment assessment) {
    if (!assessment.isSigned()) {
      throw new IllegalArgumentException("Only a signed assessment is a record to print");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 40, 40, 36, 36);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle("Assessment " + assessment.getId());
      document.addAuthor(clinic.getName());
      document.open();
      new AssessmentDocument(clinic).write(document, clinic, assessment);
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("The assessment could not be laid out", e);
    }
    return out.toByteArray();
  }

  private void write(Document document, Clinic clinic, Assessment assessment)
      throws DocumentException {
    document.add(new Paragraph(clinic.getName(), muted));
    document.add(
        new Paragraph(
            words.text(assessment.isAmendment() ? "title.amended" : "title"),
            DocumentFonts.of(16, Font.BOLD, INK)));
    var patient = assessment.getPatient();
    document.add(
        new Paragraph(
            words.format(
                "patient",
                patient.getFirstName() + " " + patient.getLastName(),
                patient.getRecordNumber(),
                date.format(patient.getDateOfBirth())),
            body));
    document.add(
        new Paragraph(
            words.format(
                "assessed",
                date.format(assessment.getAssessedOn()),
                assessment.getExaminer().getDisplayName(),
                moment.format(assessment.getSignedAt())),
            muted));
    if (assessment.isAmendment() && assessment.getAmendmentReason() != null) {
      document.add(
          new Paragraph(words.format("amendedBecause", assessment.getAmendmentReason()), muted));
    }

    section(document, "section.history");
    fact(document, "fact.painLocation", assessment.getPainLocation());
    fact(
        document,
        "fact.since",
        assessment.getSymptomsSince() == null ? null : date.format(assessment.getSymptomsSince()));
    fact(document, "fact.onset", named("onset.", assessment.getOnsetCause()));
    fact(document, "fact.onsetNote", assessment.getOnsetNote());
    fact(document, "fact.painNow", assessment.getPainNow());
    fact(document, "fact.painWorst", assessment.getPainWorst());

    section(document, "section.redFlags");
    Set<RedFlag> present = assessment.redFlagScreen().present();
    fact(
        document,
        "fact.answeredYes",
        present.isEmpty()
            ? words.text("none")
            : present.stream().map(flag -> named("redFlag.", flag)).collect(joining("; ")));
    fact(document, "fact.redFlagNote", assessment.getRedFlagNote());
    fact(document, "fact.physicianReferral", assessment.getPhysicianReferral());

    section(document, "section.palpation");
    fact(document, "fact.lump", named("palpation.", assessment.getPalpationFinding()));
    if (!assessment.getTriggerPoints().isEmpty()) {
      document.add(triggerPoints(assessment));
    }

    section(document, "section.measures");
    OptionalDouble oswestry = assessment.oswestryIndex().percent();
    if (oswestry.isPresent()) {
      fact(document, "fact.oswestry", Math.round(oswestry.getAsDouble()) + " %");
    }
    for (RatedActivity activity : assessment.getActivities()) {
      fact(
          document,
          "fact.activity",
          activity.getName()
              + ": "
              + (activity.getRating() == null ? words.text("notRated") : activity.getRating()));
    }

    section(document, "section.summary");
    document.add(
        new Paragraph(
            assessment.getSummary() == null ? words.text("noSummary") : assessment.getSummary(),
            body));
  }

  private PdfPTable triggerPoints(Assessment assessment) throws DocumentException {
    PdfPTable table = new PdfPTable(new float[] {3, 1, 2, 5});
    table.setWidthPercentage(100);
    table.setSpacingBefore(6);
    for (String header :
        new String[] {"column.muscle", "column.side", "column.found", "column.criteria"}) {
      PdfPCell cell = new PdfPCell(new Phrase(words.text(header), muted));
      cell.setBorder(PdfPCell.BOTTOM);
      table.addCell(cell);
    }
    for (TriggerPoint point : assessment.getTriggerPoints()) {
      TriggerPointCriteria criteria = point.criteria();
      String seen =
          Stream.of(
                  criteria.tautBand() ? words.text("criterion.tautBand") : null,
                  criteria.hypersensitiveSpot() ? words.text("criterion.hypersensitiveSpot") : null,
                  criteria.referredPain()
                      ? (point.getReferredTo() == null
                          ? words.text("criterion.referredPain")
                          : words.format("referredTo", point.getReferredTo()))
                      : null,
                  criteria.localTwitchResponse()
                      ? words.text("criterion.localTwitchResponse")
                      : null,
                  criteria.jumpSign() ? words.text("criterion.jumpSign") : null,
                  criteria.reproducesFamiliarPain()
                      ? words.text("criterion.reproducesFamiliarPain")
                      : null)
              .filter(Objects::nonNull)
              .collect(joining("; "));
      for (String value :
          new String[] {
            named("muscle.", point.getMuscle())
                + (point.isDeepMedial() ? ", " + words.text("deepMedial") : ""),
            named("side.", point.getSide()),
            named("classification.", criteria.classify()),
            seen.isEmpty() ? words.text("none") : seen
          }) {
        PdfPCell cell = new PdfPCell(new Phrase(value, body));
        cell.setBorder(PdfPCell.NO_BORDER);
        table.addCell(cell);
      }
    }
    return table;
  }

  private void section(Document document, String key) throws DocumentException {
    Paragraph section = new Paragraph(words.text(key), heading);
    section.setSpacingBefore(12);
    section.setSpacingAfter(2);
    document.add(section);
  }

  private void fact(Document document, String key, Object value) throws DocumentException {
    if (value != null && !value.toString().isBlank()) {
      document.add(new Paragraph(words.text(key) + ": " + value, body));
    }
  }

  /** A finding's words, such as "muscle." and QUADRATUS_LUMBORUM as "Quadratus lumborum". */
  private String named(String kind, Enum<?> constant) {
    return constant == null ? null : words.text(kind + constant.name());
  }
}
