package org.clinicportal.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.clinicportal.assessment.Progress.Reading;
import org.junit.jupiter.api.Test;

class MeasurementTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  @Test
  void eachMeasureIsReadAgainstTheFirstOfItsKindWhoeverMeasuredIt() {
    List<Measurement> read =
        Measurement.readInOrder(
            List.of(
                Measurement.of(DAY, false, null, 7, null, 3.0),
                Measurement.of(DAY.plusDays(14), true, Occasion.EPISODE_START, 6, 48.0, 4.0),
                Measurement.of(DAY.plusDays(28), true, Occasion.REVIEW, 5, 38.0, 6.0),
                Measurement.of(DAY.plusDays(42), false, null, 9, 60.0, null)));
    assertNull(read.get(0).painReading(), "the first pain has nothing to be read against");
    assertNull(read.get(1).oswestryReading(), "the first index came from the patient");
    assertEquals(Reading.UNCHANGED, read.get(1).painReading(), "1 point is less than 2");
    assertEquals(Reading.UNCHANGED, read.get(1).functionalReading());
    assertEquals(Reading.IMPROVED, read.get(2).painReading(), "7 to 5 reaches 2 points");
    assertEquals(Reading.IMPROVED, read.get(2).oswestryReading(), "48 to 38 reaches 10 points");
    assertEquals(Reading.IMPROVED, read.get(2).functionalReading(), "3 to 6, higher is better");
    assertEquals(Reading.WORSE, read.get(3).painReading());
    assertEquals(Reading.WORSE, read.get(3).oswestryReading());
    assertNull(read.get(3).functionalReading(), "not measured");

    Measurement.Ending ending = Measurement.endingOf(read);
    assertEquals(Reading.WORSE, ending.pain(), "the last pain, 9, against the first, 7");
    assertEquals(Reading.WORSE, ending.disability());
    assertEquals(Reading.IMPROVED, ending.function(), "its last measure, 6, against 3");
  }

  @Test
  void aMeasureTakenOnceHasNoEnding() {
    Measurement.Ending ending =
        Measurement.endingOf(
            Measurement.readInOrder(
                List.of(
                    Measurement.of(DAY, false, null, 6, 40.0, null),
                    Measurement.of(DAY.plusDays(9), true, Occasion.DISCHARGE, 3, null, null))));
    assertEquals(Reading.IMPROVED, ending.pain());
    assertNull(ending.disability(), "the index was given once");
    assertNull(ending.function());
  }
}
