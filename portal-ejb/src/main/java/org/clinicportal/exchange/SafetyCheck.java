package org.clinicportal.exchange;

import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.clinicportal.homecare.JournalEntry;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;

/**
 * The four safety questions every journal entry asks, as FHIR: a Questionnaire the portal publishes
 * at {@code [FHIR address]/Questionnaire/safety-check}, and each entry's answers as a
 * QuestionnaireResponse of it. A yes to any of them told the patient to seek care at once and
 * raised an urgent alert (a Flag).
 */
final class SafetyCheck {

  /** The id of the published questionnaire. */
  static final String ID = "safety-check";

  private record Question(String linkId, String text) {}

  private static final List<Question> QUESTIONS =
      List.of(
          new Question(
              "saddle-numbness",
              "New numbness in the groin, between the legs or around the back passage"),
          new Question(
              "bladder-or-bowel", "New trouble passing urine or controlling the bladder or bowel"),
          new Question("leg-weakness", "New weakness in a leg"),
          new Question("fever", "A fever, or feeling hot and shivery"));

  private SafetyCheck() {}

  /** The questionnaire of this id, below the FHIR address {@code base}; none for another id. */
  static Optional<Questionnaire> of(String id, String base) {
    if (!ID.equals(id)) {
      return Optional.empty();
    }
    Questionnaire questionnaire =
        new Questionnaire()
            .setUrl(url(base))
            .setName("SafetyCheck")
            .setTitle("Safety questions after a home session")
            .setStatus(PublicationStatus.ACTIVE)
            .setPublisher("Clinic portal")
            .addSubjectType("Patient");
    questionnaire.setId(ID);
    for (Question question : QUESTIONS) {
      questionnaire
          .addItem()
          .setLinkId(question.linkId())
          .setText(question.text())
          .setType(Questionnaire.QuestionnaireItemType.BOOLEAN)
          .setRequired(true);
    }
    return Optional.of(questionnaire);
  }

  /** The answers of a journal entry, as the patient gave them when they wrote it. */
  static QuestionnaireResponse answersOf(String base, JournalEntry entry, Reference patient) {
    QuestionnaireResponse response =
        new QuestionnaireResponse()
            .setQuestionnaire(url(base))
            .setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED)
            .setSubject(patient)
            .setAuthored(Date.from(entry.getRecordedAt().toInstant()))
            .setAuthor(patient)
            .setSource(patient);
    response.setId("journal-" + entry.getId() + "-safety");
    boolean[] answers = {
      entry.isSaddleNumbness(), entry.isBladderOrBowel(), entry.isLegWeakness(), entry.isFever()
    };
    for (int i = 0; i < QUESTIONS.size(); i++) {
      response
          .addItem()
          .setLinkId(QUESTIONS.get(i).linkId())
          .setText(QUESTIONS.get(i).text())
          .addAnswer()
          .setValue(new BooleanType(answers[i]));
    }
    return response;
  }

  private static String url(String base) {
    return base + "/Questionnaire/" + ID;
  }
}
