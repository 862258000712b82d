package org.clinicportal.exchange;

import java.util.Map;
import java.util.Optional;
import org.clinicportal.anatomy.Muscle;
import org.clinicportal.clinic.Profession;
import org.clinicportal.exercise.BuiltInExercise;
import org.clinicportal.homecare.AlertKind;
import org.clinicportal.platform.Language;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;

/**
 * The portal's own code systems, published at {@code [FHIR address]/CodeSystem/[id]}, for what no
 * public code system names: the functional scale's mean and the other measures of home care, and
 * the professions of the clinics' staff, the reasons for alerts, the built-in exercises, the
 * muscles, and trigger-point findings with their criteria. The portal's resources code with them,
 * and a reader (or a validator) looks each code up here.
 */
public final class PortalCodeSystems {

  /** The id of the code system of the portal's measures. */
  public static final String MEASURES = "measures";

  /** The id of the code system of the staff's professions. */
  public static final String PROFESSIONS = "profession";

  /** The id of the code system of the reasons a therapist is alerted. */
  public static final String ALERTS = "alert";

  /** The id of the code system of the built-in exercises of the source guide. */
  public static final String EXERCISES = "exercise";

  /** The id of the code system of the muscles an exercise works or releases. */
  public static final String MUSCLES = "muscle";

  /** The id of the code system of trigger-point findings, their criteria and classes. */
  public static final String TRIGGER_POINTS = "trigger-point";

  private static final Map<String, String> MEASURE_CODES =
      Map.of(
          FhirCodes.FUNCTIONAL_SCALE_MEAN,
          "Patient-Specific Functional Scale: the mean of the patient's activity ratings (0-10)",
          FhirCodes.SESSION_EFFORT,
          "How hard a home session felt to the patient (0-10)",
          FhirCodes.BEFORE_SESSION,
          "Taken before a home session",
          FhirCodes.AFTER_SESSION,
          "Taken after a home session");

  private static final Map<AlertKind, String> ALERT_WORDS =
      Map.of(
          AlertKind.SAFETY,
          "A safety question was answered yes: the patient was told to seek care at once",
          AlertKind.WORSENING,
          "Pain up by two points or more over the level the program started from",
          AlertKind.NO_PROGRESS,
          "The review date came without pain improving by the smallest important change",
          AlertKind.SILENCE,
          "No journal entry for three days in a row while a program runs");

  private PortalCodeSystems() {}

  /** The code system of this id, below the portal's FHIR address {@code base}; none for another. */
  public static Optional<CodeSystem> of(String id, String base) {
    return switch (id) {
      case MEASURES -> Optional.of(measures(base));
      case PROFESSIONS -> Optional.of(professions(base));
      case ALERTS -> Optional.of(alerts(base));
      case EXERCISES -> Optional.of(exercises(base));
      case MUSCLES -> Optional.of(muscles(base));
      case TRIGGER_POINTS -> Optional.of(triggerPoints(base));
      default -> Optional.empty();
    };
  }

  /** The canonical address of a code system of the portal. */
  static String url(String base, String id) {
    return base + "/CodeSystem/" + id;
  }

  private static CodeSystem measures(String base) {
    CodeSystem measures =
        codeSystem(base, MEASURES, "PortalMeasures", "Measures of home care in the clinic portal");
    MEASURE_CODES.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(code -> measures.addConcept().setCode(code.getKey()).setDisplay(code.getValue()));
    return measures.setCount(measures.getConcept().size());
  }

  private static CodeSystem professions(String base) {
    CodeSystem professions =
        codeSystem(
            base,
            PROFESSIONS,
            "PortalProfessions",
            "Professions of the staff of the clinics the portal serves");
    for (Profession profession : Profession.values()) {
      professions.addConcept().setCode(profession.name()).setDisplay(words(profession.name()));
    }
    return professions.setCount(professions.getConcept().size());
  }

  private static CodeSystem alerts(String base) {
    CodeSystem alerts =
        codeSystem(base, ALERTS, "PortalAlerts", "Why the clinic portal asks a therapist to look");
    for (AlertKind kind : AlertKind.values()) {
      alerts.addConcept().setCode(kind.name()).setDisplay(ALERT_WORDS.get(kind));
    }
    return alerts.setCount(alerts.getConcept().size());
  }

  private static CodeSystem exercises(String base) {
    CodeSystem exercises =
        codeSystem(
            base,
            EXERCISES,
            "PortalExercises",
            "The built-in trigger-point release, stretching and strengthening routines");
    for (BuiltInExercise exercise : BuiltInExercise.values()) {
      exercises
          .addConcept()
          .setCode(exercise.name())
          .setDisplay(exercise.textIn(Language.ENGLISH).name());
    }
    return exercises.setCount(exercises.getConcept().size());
  }

  private static CodeSystem muscles(String base) {
    CodeSystem muscles =
        codeSystem(base, MUSCLES, "PortalMuscles", "Muscles the clinic portal's routines reach");
    for (Muscle muscle : Muscle.values()) {
      muscles.addConcept().setCode(muscle.name()).setDisplay(words(muscle.name()));
    }
    return muscles.setCount(muscles.getConcept().size());
  }

  private static CodeSystem triggerPoints(String base) {
    CodeSystem findings =
        codeSystem(
            base,
            TRIGGER_POINTS,
            "PortalTriggerPoints",
            "Trigger-point findings, their criteria and their classes");
    findings
        .addConcept()
        .setCode(TriggerPointFindings.FINDING)
        .setDisplay("Myofascial trigger point, as palpated");
    TriggerPointFindings.CRITERIA.forEach(
        (code, words) -> findings.addConcept().setCode(code).setDisplay(words));
    TriggerPointFindings.CLASSIFICATIONS.forEach(
        (code, words) -> findings.addConcept().setCode(code).setDisplay(words));
    return findings.setCount(findings.getConcept().size());
  }

  /** A constant's name as words: QUADRATUS_LUMBORUM as "Quadratus lumborum". */
  private static String words(String constant) {
    String words = constant.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static CodeSystem codeSystem(String base, String id, String name, String title) {
    CodeSystem codeSystem =
        new CodeSystem()
            .setUrl(url(base, id))
            .setName(name)
            .setTitle(title)
            .setStatus(PublicationStatus.ACTIVE)
            .setExperimental(false)
            .setPublisher("Clinic portal")
            .setCaseSensitive(true)
            .setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
    codeSystem.setId(id);
    return codeSystem;
  }
}
