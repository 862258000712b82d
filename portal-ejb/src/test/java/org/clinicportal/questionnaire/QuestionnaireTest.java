package org.clinicportal.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.clinicportal.assessment.OswestryIndex.Section;
import org.clinicportal.patient.Episode;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.Sex;
import org.clinicportal.platform.RecordException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class QuestionnaireTest {

  private static final LocalDate DUE = LocalDate.of(2026, 6, 10);
  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 6, 10, 9, 0, 0, 0, ZoneOffset.UTC);

  private static Questionnaire questionnaire(List<String> activities) {
    Patient patient = new Patient("P1", "Jordan", "Lee", LocalDate.of(1980, 5, 1), Sex.FEMALE);
    return new Questionnaire(
        new Episode(patient, DUE.minusDays(30)),
        null,
        Occasion.DISCHARGE,
        DUE,
        DUE,
        activities,
        NOW);
  }

  @Test
  void screensRunFromPainThroughTheSectionsToSendingAndSkipAnEmptyScaleOfActivities() {
    Questionnaire without = questionnaire(List.of());
    assertEquals(12, without.screens().size(), "pain, ten sections and sending");
    assertEquals(Questionnaire.SEND, without.next(Questionnaire.screenOf(Section.TRAVELLING)));
    assertEquals(Questionnaire.screenOf(Section.TRAVELLING), without.previous(Questionnaire.SEND));
    Questionnaire with = questionnaire(List.of("Tying shoes", "Sitting an hour"));
    assertEquals(13, with.screens().size());
    assertEquals(Questionnaire.ACTIVITIES, with.next(Questionnaire.screenOf(Section.TRAVELLING)));
    assertEquals(Questionnaire.PAIN, with.previous(Questionnaire.PAIN));
    assertEquals(Section.PAIN_INTENSITY, Questionnaire.sectionOf(Questionnaire.FIRST_SECTION));
    assertThrows(IllegalArgumentException.class, () -> Questionnaire.sectionOf(Questionnaire.PAIN));
  }

  @Test
  void theScreenReachedIsKeptWhenThePatientGoesBackAndChangesAnAnswer() throws Exception {
    Questionnaire questionnaire = questionnaire(List.of());
    questionnaire.answerPain(6, DUE);
    questionnaire.answerSection(Section.PAIN_INTENSITY, 3, DUE);
    questionnaire.answerSection(Section.PERSONAL_CARE, 1, DUE);
    assertEquals(Questionnaire.screenOf(Section.LIFTING), questionnaire.getScreen());
    questionnaire.answerPain(5, DUE);
    assertEquals(Questionnaire.screenOf(Section.LIFTING), questionnaire.getScreen());
    assertEquals(5, questionnaire.getPainNow());
    assertTrue(questionnaire.isStarted());
  }

  @Test
  void answersOutOfRangeAreRefusedAndChangeNothing() throws Exception {
    Questionnaire questionnaire = questionnaire(List.of("Tying shoes"));
    assertRefused("questionnaire.pain", () -> questionnaire.answerPain(11, DUE));
    assertRefused("questionnaire.pain", () -> questionnaire.answerPain(-1, DUE));
    assertRefused("questionnaire.pain", () -> questionnaire.answerPain(null, DUE));
    assertRefused(
        "questionnaire.section", () -> questionnaire.answerSection(Section.LIFTING, 6, DUE));
    assertRefused("questionnaire.rating", () -> questionnaire.rateActivities(List.of(11), DUE));
    assertRefused(
        "questionnaire.activities", () -> questionnaire.rateActivities(List.of(3, 4), DUE));
    assertNull(questionnaire.getPainNow());
    assertNull(questionnaire.oswestryAnswers().score(Section.LIFTING));
    assertNull(questionnaire.getActivities().get(0).getRating());
    assertEquals(Questionnaire.PAIN, questionnaire.getScreen());
    questionnaire.answerPain(10, DUE);
    questionnaire.answerSection(Section.LIFTING, 5, DUE);
    questionnaire.rateActivities(List.of(0), DUE);
    assertEquals(10, questionnaire.getPainNow());
    assertEquals(0, questionnaire.getActivities().get(0).getRating());
  }

  @Test
  void aQuestionnaireIsSentOnceWithPainAndNeverChangesAfter() throws Exception {
    Questionnaire questionnaire = questionnaire(List.of());
    assertRefused("questionnaire.painFirst", () -> questionnaire.send(NOW, DUE));
    questionnaire.answerPain(4, DUE);
    questionnaire.send(NOW, DUE);
    assertTrue(questionnaire.isSent());
    assertEquals(QuestionnaireStatus.SENT, questionnaire.statusOn(DUE.plusDays(30)));
    assertRefused("questionnaire.sent", () -> questionnaire.send(NOW, DUE));
    assertRefused("questionnaire.sent", () -> questionnaire.answerPain(2, DUE));
    assertEquals(4, questionnaire.getPainNow());
    assertFalse(questionnaire.isOpenOn(DUE));
  }

  @Test
  void itIsAnsweredOnlyFromTheDayItOpensToTwoWeeksAfterItIsDue() throws Exception {
    Questionnaire questionnaire = questionnaire(List.of());
    assertEquals(QuestionnaireStatus.WAITING, questionnaire.statusOn(DUE.minusDays(1)));
    assertEquals(QuestionnaireStatus.OPEN, questionnaire.statusOn(DUE));
    assertEquals(QuestionnaireStatus.UNANSWERED, questionnaire.statusOn(DUE.plusDays(15)));
    assertRefused("questionnaire.notYet", () -> questionnaire.answerPain(4, DUE.minusDays(1)));
    assertRefused("questionnaire.closed", () -> questionnaire.answerPain(4, DUE.plusDays(15)));
    assertFalse(questionnaire.isOpenOn(DUE.plusDays(15)));
    assertTrue(questionnaire.isOpenOn(DUE.plusDays(14)));
    questionnaire.answerPain(4, DUE.plusDays(14));
    assertEquals(QuestionnaireStatus.STARTED, questionnaire.statusOn(DUE));
    questionnaire.withdraw(NOW);
    assertEquals(QuestionnaireStatus.WITHDRAWN, questionnaire.statusOn(DUE));
    questionnaire.reinstate();
    assertEquals(QuestionnaireStatus.STARTED, questionnaire.statusOn(DUE), "asked again as it was");
    questionnaire.withdraw(NOW);
    assertRefused("questionnaire.closed", () -> questionnaire.send(NOW, DUE));
  }

  @Test
  void sectionsLeftOutAreScoredAsTheTherapistsFormScoresThem() throws Exception {
    Questionnaire questionnaire = questionnaire(List.of("Tying shoes", "Sitting an hour"));
    questionnaire.answerPain(4, DUE);
    for (Section section : Section.values()) {
      questionnaire.answerSection(section, section == Section.SEX_LIFE ? null : 2, DUE);
    }
    assertEquals(9, questionnaire.oswestryIndex().answered());
    assertEquals(40.0, questionnaire.oswestryIndex().percent().orElseThrow(), 0.001);
    questionnaire.answerSection(Section.SLEEPING, null, DUE);
    questionnaire.answerSection(Section.SITTING, null, DUE);
    assertTrue(questionnaire.oswestryIndex().percent().isEmpty(), "seven sections give no index");
    questionnaire.rateActivities(Arrays.asList(6, null), DUE);
    assertEquals(6.0, questionnaire.functionalScale().score().orElseThrow(), 0.001);
    assertEquals(Questionnaire.SEND, questionnaire.getScreen());
  }

  @Test
  void aReviewsQuestionnaireNamesItsProgramAndOpensNoLaterThanItIsDue() {
    Patient patient = new Patient("P1", "Jordan", "Lee", LocalDate.of(1980, 5, 1), Sex.FEMALE);
    Episode episode = new Episode(patient, DUE.minusDays(30));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Questionnaire(episode, null, Occasion.REVIEW, DUE, DUE, List.of(), NOW));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Questionnaire(
                episode, null, Occasion.DISCHARGE, DUE, DUE.plusDays(1), List.of(), NOW));
  }

  private static void assertRefused(String key, Executable call) {
    assertEquals(key, assertThrows(RecordException.class, call).messageKey());
  }
}
