package org.clinicportal.exchange;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.clinicportal.assessment.OswestryIndex;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * The answers behind the disability and function scores, as QuestionnaireResponses: the Oswestry
 * Disability Index's section scores (0 to 5), answering the ODI panel by its LOINC code (97908-8),
 * and the Patient-Specific Functional Scale's activities with their ratings (0 to 10), answering
 * the portal's own questionnaire {@code Questionnaire/functional-scale}, since the scale has no
 * LOINC panel. The Oswestry's wording belongs to its authors: only the sections' names and the
 * scores leave the portal.
 */
final class ScaleAnswers {

  /** The canonical address of the ODI panel. */
  static final String OSWESTRY_PANEL = "http://loinc.org/q/97908-8";

  /** The id of the portal's functional-scale questionnaire. */
  static final String FUNCTIONAL_SCALE = "functional-scale";

  /** An activity the patient named and how well they can do it, 0 (unable) to 10 (as before). */
  record Rating(String activity, Integer rating) {}

  private ScaleAnswers() {}

  /** The functional-scale questionnaire below the FHIR address {@code base}. */
  static Optional<Questionnaire> questionnaire(String id, String base) {
    if (!FUNCTIONAL_SCALE.equals(id)) {
      return Optional.empty();
    }
    Questionnaire scale =
        new Questionnaire()
            .setUrl(functionalScaleUrl(base))
            .setName("FunctionalScale")
            .setTitle("Patient-Specific Functional Scale")
            .setStatus(PublicationStatus.ACTIVE)
            .setPublisher("Clinic portal")
            .addSubjectType("Patient");
    scale.setId(FUNCTIONAL_SCALE);
    Questionnaire.QuestionnaireItemComponent activity =
        scale
            .addItem()
            .setLinkId("activity")
            .setText("An activity the patient finds hard because of their back")
            .setType(Questionnaire.QuestionnaireItemType.GROUP)
            .setRepeats(true);
    activity
        .addItem()
        .setLinkId("activity.name")
        .setText("The activity, in the patient's words")
        .setType(Questionnaire.QuestionnaireItemType.STRING)
        .setRequired(true);
    activity
        .addItem()
        .setLinkId("activity.rating")
        .setText("How well it can be done now, 0 (unable) to 10 (as well as before)")
        .setType(Questionnaire.QuestionnaireItemType.INTEGER);
    return Optional.of(scale);
  }

  /** The section scores answered, or empty when none was. */
  static Optional<QuestionnaireResponse> oswestry(
      String id, OswestryIndex index, Reference subject, Reference author, DateTimeType authored) {
    if (index.answered() == 0) {
      return Optional.empty();
    }
    QuestionnaireResponse answers = response(id, OSWESTRY_PANEL, subject, author, authored);
    for (OswestryIndex.Section section : OswestryIndex.Section.values()) {
      OptionalInt score = index.score(section);
      if (score.isPresent()) {
        String words = section.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        answers
            .addItem()
            .setLinkId(section.name().toLowerCase(Locale.ROOT).replace('_', '-'))
            .setText(Character.toUpperCase(words.charAt(0)) + words.substring(1))
            .addAnswer()
            .setValue(new IntegerType(score.getAsInt()));
      }
    }
    return Optional.of(answers);
  }

  /** The activities rated, or empty when none was named. */
  static Optional<QuestionnaireResponse> functionalScale(
      String id,
      String base,
      List<Rating> ratings,
      Reference subject,
      Reference author,
      DateTimeType authored) {
    if (ratings.isEmpty()) {
      return Optional.empty();
    }
    QuestionnaireResponse answers =
        response(id, functionalScaleUrl(base), subject, author, authored);
    for (Rating rating : ratings) {
      QuestionnaireResponse.QuestionnaireResponseItemComponent activity =
          answers.addItem().setLinkId("activity");
      activity
          .addItem()
          .setLinkId("activity.name")
          .addAnswer()
          .setValue(new StringType(rating.activity()));
      if (rating.rating() != null) {
        activity
            .addItem()
            .setLinkId("activity.rating")
            .addAnswer()
            .setValue(new IntegerType(rating.rating()));
      }
    }
    return Optional.of(answers);
  }

  private static QuestionnaireResponse response(
      String id, String questionnaire, Reference subject, Reference author, DateTimeType authored) {
    QuestionnaireResponse response =
        new QuestionnaireResponse()
            .setQuestionnaire(questionnaire)
            .setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED)
            .setSubject(subject)
            .setAuthoredElement(authored)
            .setAuthor(author);
    response.setId(id);
    return response;
  }

  private static String functionalScaleUrl(String base) {
    return base + "/Questionnaire/" + FUNCTIONAL_SCALE;
  }
}
