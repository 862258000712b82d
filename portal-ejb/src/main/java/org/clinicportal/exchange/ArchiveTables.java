package org.clinicportal.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.clinicportal.assessment.Assessment;
import org.clinicportal.assessment.TriggerPoint;
import org.clinicportal.assessment.TriggerPointCriteria;
import org.clinicportal.homecare.JournalEntry;
import org.clinicportal.homecare.PatientAlert;
import org.clinicportal.patient.Patient;
import org.clinicportal.platform.Language;
import org.clinicportal.program.HomeProgram;
import org.clinicportal.program.ProgramItem;
import org.clinicportal.security.UserAccount;

/**
 * The clinic archive's tables, one CSV file per kind of record with a header of plain column names,
 * and the rows one patient's record adds to each. Every row names its patient by record number,
 * which is how a clinic's next system will know them.
 */
final class ArchiveTables {

  /** Each table's file name and header, in the order they are written. */
  static final Map<String, List<String>> HEADERS = new LinkedHashMap<>();

  static {
    HEADERS.put(
        "patients.csv",
        List.of(
            "record_number",
            "first_name",
            "last_name",
            "date_of_birth",
            "sex",
            "email",
            "phone",
            "address",
            "therapist",
            "archived",
            "registered_at"));
    HEADERS.put(
        "assessments.csv",
        List.of(
            "assessment",
            "record_number",
            "assessed_on",
            "examiner",
            "amendment",
            "pain_now",
            "oswestry_percent",
            "functional_scale_mean"));
    HEADERS.put(
        "trigger_points.csv",
        List.of(
            "assessment",
            "record_number",
            "assessed_on",
            "muscle",
            "side",
            "deep_medial",
            "classification",
            "taut_band",
            "hypersensitive_spot",
            "referred_pain",
            "local_twitch_response",
            "jump_sign",
            "reproduces_familiar_pain",
            "referred_to",
            "note"));
    HEADERS.put(
        "programs.csv",
        List.of(
            "program",
            "record_number",
            "version",
            "title",
            "status",
            "starts_on",
            "review_on",
            "prescribed_by",
            "exercise",
            "dosage"));
    HEADERS.put(
        "journal.csv",
        List.of(
            "entry",
            "record_number",
            "session_on",
            "recorded_at",
            "pain_before",
            "pain_after",
            "effort",
            "saddle_numbness",
            "bladder_or_bowel",
            "leg_weakness",
            "fever",
            "note"));
    HEADERS.put(
        "alerts.csv",
        List.of(
            "alert",
            "record_number",
            "kind",
            "raised_at",
            "acknowledged_at",
            "acknowledged_by",
            "acknowledgement"));
  }

  private ArchiveTables() {}

  /** The rows of each table that the record adds, by file name. */
  static Map<String, List<List<String>>> rowsOf(RecordAssembly record, Language language) {
    Patient patient = record.patient();
    String number = patient.getRecordNumber();
    Map<String, List<List<String>>> rows = new LinkedHashMap<>();
    HEADERS.keySet().forEach(table -> rows.put(table, new ArrayList<>()));
    rows.get("patients.csv")
        .add(
            cells(
                number,
                patient.getFirstName(),
                patient.getLastName(),
                patient.getDateOfBirth(),
                patient.getSex(),
                patient.getEmail(),
                patient.getPhone(),
                patient.getAddress(),
                patient.getTherapist() == null
                    ? null
                    : patient.getTherapist().getAccount().getDisplayName(),
                patient.isArchived(),
                patient.getCreatedAt()));
    for (Assessment assessment : record.assessments()) {
      rows.get("assessments.csv")
          .add(
              cells(
                  assessment.getId(),
                  number,
                  assessment.getAssessedOn(),
                  name(assessment.getExaminer()),
                  assessment.isAmendment(),
                  assessment.getPainNow(),
                  rounded(assessment.oswestryIndex().percent()),
                  rounded(assessment.functionalScale().score())));
      for (TriggerPoint point : assessment.getTriggerPoints()) {
        TriggerPointCriteria criteria = point.criteria();
        rows.get("trigger_points.csv")
            .add(
                cells(
                    assessment.getId(),
                    number,
                    assessment.getAssessedOn(),
                    point.getMuscle(),
                    point.getSide(),
                    point.isDeepMedial(),
                    criteria.classify(),
                    criteria.tautBand(),
                    criteria.hypersensitiveSpot(),
                    criteria.referredPain(),
                    criteria.localTwitchResponse(),
                    criteria.jumpSign(),
                    criteria.reproducesFamiliarPain(),
                    point.getReferredTo(),
                    point.getNote()));
      }
    }
    for (HomeProgram program : record.programs()) {
      for (ProgramItem item : program.getItems()) {
        rows.get("programs.csv")
            .add(
                cells(
                    program.getId(),
                    number,
                    program.getNumber(),
                    program.getTitle(),
                    program.getStatus(),
                    program.getStartsOn(),
                    program.getReviewOn(),
                    name(program.getPrescribedBy()),
                    item.getExercise().getName(),
                    item.getDosage().inWords(language)));
      }
    }
    for (JournalEntry entry : record.journal()) {
      rows.get("journal.csv")
          .add(
              cells(
                  entry.getId(),
                  number,
                  entry.getSessionOn(),
                  entry.getRecordedAt(),
                  entry.getPainBefore(),
                  entry.getPainAfter(),
                  entry.getEffort(),
                  entry.isSaddleNumbness(),
                  entry.isBladderOrBowel(),
                  entry.isLegWeakness(),
                  entry.isFever(),
                  entry.getNote()));
    }
    for (PatientAlert alert : record.alerts()) {
      rows.get("alerts.csv")
          .add(
              cells(
                  alert.getId(),
                  number,
                  alert.getKind(),
                  alert.getRaisedAt(),
                  alert.getAcknowledgedAt(),
                  name(alert.getAcknowledgedBy()),
                  alert.getAcknowledgement()));
    }
    return rows;
  }

  private static List<String> cells(Object... values) {
    List<String> cells = new ArrayList<>();
    for (Object value : values) {
      cells.add(Objects.toString(value, ""));
    }
    return cells;
  }

  private static String name(UserAccount account) {
    return account == null ? null : account.getDisplayName();
  }

  private static String rounded(OptionalDouble value) {
    return value.isPresent() ? String.valueOf(Math.round(value.getAsDouble() * 10) / 10.0) : null;
  }
}
