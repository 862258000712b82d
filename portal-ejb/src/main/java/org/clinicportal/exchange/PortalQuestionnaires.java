package org.clinicportal.exchange;

import java.util.Optional;
import org.hl7.fhir.r4.model.Questionnaire;

/**
 * The questionnaires the portal publishes at {@code [FHIR address]/Questionnaire/[id]}, so that a
 * reader of a patient's answers (QuestionnaireResponse) finds the questions they answer: the
 * journal's safety questions and the functional scale; the Oswestry index's wording is not the
 * portal's to publish, its answers point to its LOINC panel.
 */
public final class PortalQuestionnaires {

  private PortalQuestionnaires() {}

  /** The questionnaire of this id below the FHIR address {@code base}; none for another. */
  public static Optional<Questionnaire> of(String id, String base) {
    return SafetyCheck.of(id, base).or(() -> ScaleAnswers.questionnaire(id, base));
  }
}
