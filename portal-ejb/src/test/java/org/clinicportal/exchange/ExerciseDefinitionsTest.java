package org.clinicportal.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.clinicportal.exercise.BodySide;
import org.clinicportal.exercise.BuiltInExercise;
import org.clinicportal.exercise.Exercise;
import org.clinicportal.exercise.ExerciseText;
import org.clinicportal.platform.Language;
import org.hl7.fhir.r4.model.ActivityDefinition;
import org.junit.jupiter.api.Test;

/** The library as FHIR speaks the clinic's language: a Polish clinic's routines read in Polish. */
class ExerciseDefinitionsTest {

  @Test
  void aRoutineIsWordedInTheClinicsLanguage() {
    for (BuiltInExercise builtIn : BuiltInExercise.values()) {
      Exercise exercise = Exercise.copyOf(builtIn);
      for (Language language : Language.values()) {
        ActivityDefinition definition =
            ExerciseDefinitions.of("https://portal.example.org/portal/fhir", exercise, language);
        ExerciseText words = builtIn.textIn(language);

        assertEquals(words.name(), definition.getTitle(), builtIn + " in " + language);
        assertEquals(words.name(), definition.getCode().getText());
        assertTrue(
            definition.getDescription().contains(words.steps().get(0).strip()),
            definition.getDescription());
        assertEquals(
            exercise.usualDosageOn(BodySide.BOTH).inWords(language),
            definition.getDosageFirstRep().getText());
      }
    }
  }
}
