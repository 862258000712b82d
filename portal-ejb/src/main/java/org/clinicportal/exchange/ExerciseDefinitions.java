package org.clinicportal.exchange;

import org.clinicportal.anatomy.Muscle;
import org.clinicportal.exercise.BodySide;
import org.clinicportal.exercise.Dosage;
import org.clinicportal.exercise.Exercise;
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

  static ActivityDefinition of(String base, Exercise exercise) {
    CodeableConcept code =
        new CodeableConcept()
            .addCoding(new Coding(FhirCodes.SNOMED, FhirCodes.EXERCISE_THERAPY, null))
            .setText(exercise.getName());
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
            .setTitle(exercise.getName())
            .setStatus(exercise.isHidden() ? PublicationStatus.RETIRED : PublicationStatus.ACTIVE)
            .setKind(ActivityDefinition.ActivityDefinitionKind.SERVICEREQUEST)
            .setCode(code)
            .setDescription(description(exercise));
    definition.setId(String.valueOf(exercise.getId()));
    if (exercise.getCautions() != null && !exercise.getCautions().isBlank()) {
      definition.setUsage(exercise.getCautions());
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
    definition.addDosage().setText(usual.inWords(Language.ENGLISH)).setTiming(timing);
    return definition;
  }

  private static String description(Exercise exercise) {
    StringBuilder text = new StringBuilder();
    if (exercise.getPurpose() != null && !exercise.getPurpose().isBlank()) {
      text.append(exercise.getPurpose().strip()).append("\n\n");
    }
    int step = 1;
    for (String line : exercise.getSteps()) {
      text.append(step++).append(". ").append(line.strip()).append('\n');
    }
    return text.toString().strip();
  }
}
