package org.clinicportal.exchange;

import org.clinicportal.anatomy.Muscle;
import org.clinicportal.exercise.BodySide;
import org.clinicportal.exercise.Dosage;
import org.clinicportal.exercise.Exercise;
import org.clinicportal.exercise.ExerciseText;
import org.clinicportal.platform.Language;
import org.hl7.fhir.r4.model.ActivityDefinition;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Timing;

/**
 * The clinic's exercise library as FHIR: each exercise an ActivityDefinition of a ServiceRequest
 * coded exercise therapy (and, for a routine of the source guide, its code in the portal's exercise
 * code system), with its purpose and steps, its cautions, the muscles it reaches and the dosage a
 * program usually starts it at. A hidden exercise is retired. A program's request names the
 * definition it instantiates.
 */
final class ExerciseDefinitions {

  private ExerciseDefinitions() {}

  /** The canonical address of an exercise's definition. */
  static String url(String base, Exercise exercise) {
    return base + "/ActivityDefinition/" + exercise.getId();
  }

  /** The exercise as the clinic's library holds it, worded in the clinic's language. */
  static ActivityDefinition of(String base, Exercise exercise, Language language) {
    ExerciseText words = exercise.textIn(language);
    CodeableConcept code =
        new CodeableConcept()
            .addCoding(new Coding(FhirCodes.SNOMED, FhirCodes.EXERCISE_THERAPY, null))
            .setText(words.name());
    if (exercise.isBuiltIn()) {
      code.addCoding(
          new Coding(
              PortalCodeSystems.url(base, PortalCodeSystems.EXERCISES),
              exercise.getBuiltInCode(),
              null));
    }
    ActivityDefinition definition =
        new ActivityDefinition()
            .setUrl(url(base, exercise))
            .setName("Exercise" + exercise.getId())
            .setTitle(words.name())
            .setStatus(exercise.isHidden() ? PublicationStatus.RETIRED : PublicationStatus.ACTIVE)
            .setKind(ActivityDefinition.ActivityDefinitionKind.SERVICEREQUEST)
            .setCode(code)
            .setDescription(description(words));
    definition.setId(String.valueOf(exercise.getId()));
    if (words.cautions() != null && !words.cautions().isBlank()) {
      definition.setUsage(words.cautions());
    }
    for (Muscle muscle : exercise.getMuscles()) {
      definition.addBodySite(
          new CodeableConcept()
              .addCoding(
                  new Coding(
                      PortalCodeSystems.url(base, PortalCodeSystems.MUSCLES),
                      muscle.name(),
                      null)));
    }
    Dosage usual = exercise.usualDosageOn(BodySide.BOTH);
    Timing timing = new Timing();
    timing
        .getRepeat()
        .setFrequency(usual.getTimesPerDay() * usual.getDaysPerWeek())
        .setPeriod(1)
        .setPeriodUnit(Timing.UnitsOfTime.WK);
    definition.addDosage().setText(usual.inWords(language)).setTiming(timing);
    return definition;
  }

  private static String description(ExerciseText words) {
    StringBuilder text = new StringBuilder();
    if (words.purpose() != null && !words.purpose().isBlank()) {
      text.append(words.purpose().strip()).append("\n\n");
    }
    int step = 1;
    for (String line : words.steps()) {
      text.append(step++).append(". ").append(line.strip()).append('\n');
    }
    return text.toString().strip();
  }
}
