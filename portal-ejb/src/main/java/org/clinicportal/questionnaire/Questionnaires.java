package org.clinicportal.questionnaire;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.clinicportal.assessment.Assessment;
import org.clinicportal.assessment.AssessmentSigned;
import org.clinicportal.assessment.OswestryIndex;
import org.clinicportal.assessment.RatedActivity;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.homecare.Reminders;
import org.clinicportal.mail.Outbox;
import org.clinicportal.patient.Episode;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.PatientChanged;
import org.clinicportal.patient.Patients;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.TenantBound;
import org.clinicportal.program.HomeProgram;
import org.clinicportal.program.ProgramActivated;

/**
 * The questionnaires the bound clinic's patients fill in between visits. One becomes due at the
 * start of an episode whose first signed assessment gave no Oswestry index, one for each review
 * date of the home program (open from {@link #OPENS_BEFORE_REVIEW} days before it, so that the
 * answers are there for the review), and one at discharge, which withdraws a review's not yet sent;
 * never two for one episode, occasion and day (a review date moved away and back asks the one it
 * withdrew again). A due questionnaire is announced by mail to a patient who takes questions by
 * mail. Patients answer their own; therapists and administrators read them beside the assessments.
 *
 * <p>Longer than most services: when a questionnaire falls due, how it is answered and how its
 * answers stand beside the assessments share the same lookups of one patient's questionnaires.
 */
@Stateless
@TenantBound
public class Questionnaires {

  /** How many days before a review date its questionnaire opens. */
  public static final int OPENS_BEFORE_REVIEW = 3;

  /** The hour of the clinic's day at which a questionnaire that opens later is announced. */
  static final LocalTime ANNOUNCED_AT = LocalTime.of(9, 0);

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private Tenancy tenancy;
  @Inject private Clock clock;
  @Inject private Patients patients;
  @Inject private Reminders reminders;
  @Inject private Outbox outbox;
  @Inject private AuditTrail audit;
  @Inject private Event<PatientChanged> changed;

  /**
   * The first assessment of an episode was signed: when it gave no Oswestry index, the patient is
   * asked at once, with the activities it chose.
   */
  public void atEpisodeStart(@Observes AssessmentSigned signed) {
    Assessment assessment = em.find(Assessment.class, signed.assessmentId());
    Episode episode = assessment.getEpisode();
    List<Assessment> ofEpisode = signedOf(episode);
    boolean first = !ofEpisode.isEmpty() && ofEpisode.get(0).getId().equals(assessment.getId());
    if (!first || assessment.oswestryIndex().percent().isPresent()) {
      return;
    }
    LocalDate today = today();
    due(episode, null, Occasion.EPISODE_START, today, today);
  }

  /**
   * A program version became active: its review date gets a questionnaire, and one that waited for
   * a review date this version moved, not yet open, is withdrawn.
   */
  public void atReview(@Observes ProgramActivated activated) {
    HomeProgram program = em.find(HomeProgram.class, activated.programId());
    LocalDate today = today();
    LocalDate review = program.getReviewOn();
    OffsetDateTime now = OffsetDateTime.now(clock);
    pendingOf(activated.patientId()).stream()
        .filter(each -> each.getOccasion() == Occasion.REVIEW)
        .filter(each -> each.getOpensOn().isAfter(today) && !each.getDueOn().equals(review))
        .forEach(
            each -> {
              each.withdraw(now);
              outbox.withdraw(topicOf(each));
            });
    if (review.plusDays(Questionnaire.OPEN_DAYS_AFTER_DUE).isBefore(today)) {
      return;
    }
    due(
        program.getEpisode(),
        program,
        Occasion.REVIEW,
        review,
        review.minusDays(OPENS_BEFORE_REVIEW));
  }

  /**
   * The episode was discharged on a day: a review's questionnaire not yet sent is no longer asked,
   * and the patient is asked how they are, from that day.
   */
  public Optional<Questionnaire> atDischarge(@NotNull Episode episode, @NotNull LocalDate day) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    pendingOf(episode.getPatient().getId()).stream()
        .filter(each -> each.getOccasion() == Occasion.REVIEW)
        .forEach(
            each -> {
              each.withdraw(now);
              outbox.withdraw(topicOf(each));
            });
    if (day.plusDays(Questionnaire.OPEN_DAYS_AFTER_DUE).isBefore(today())) {
      return Optional.empty();
    }
    return due(episode, null, Occasion.DISCHARGE, day, day);
  }

  private Optional<Questionnaire> due(
      Episode episode, HomeProgram program, Occasion occasion, LocalDate dueOn, LocalDate opensOn) {
    Optional<Questionnaire> asked =
        em.createNamedQuery("Questionnaire.ofEpisode", Questionnaire.class)
            .setParameter("episodeId", episode.getId())
            .setParameter("occasion", occasion)
            .setParameter("dueOn", dueOn)
            .getResultStream()
            .findFirst();
    if (asked.isPresent()) {
      if (!asked.get().isWithdrawn()) {
        return Optional.empty();
      }
      asked.get().reinstate();
      announce(asked.get(), opensOn);
      return asked;
    }
    Questionnaire questionnaire =
        new Questionnaire(
            episode,
            program,
            occasion,
            dueOn,
            opensOn,
            activitiesOf(episode),
            OffsetDateTime.now(clock));
    em.persist(questionnaire);
    em.flush();
    announce(questionnaire, opensOn);
    return Optional.of(questionnaire);
  }

  private void announce(Questionnaire questionnaire, LocalDate opensOn) {
    Instant at = announcedAt(opensOn);
    reminders.announceQuestions(
        questionnaire.getPatient().getId(),
        "questionnaire:" + questionnaire.getId() + ":" + at.getEpochSecond(),
        pathOf(questionnaire),
        at,
        topicOf(questionnaire));
  }

  /** The activities the episode's latest signed assessment chose, in its order. */
  private List<String> activitiesOf(Episode episode) {
    List<Assessment> signed = signedOf(episode);
    if (signed.isEmpty()) {
      return List.of();
    }
    return signed.get(signed.size() - 1).getActivities().stream()
        .filter(RatedActivity::isComplete)
        .sorted(Comparator.comparingInt(RatedActivity::getPosition))
        .map(RatedActivity::getName)
        .toList();
  }

  private List<Assessment> signedOf(Episode episode) {
    return em.createNamedQuery("Assessment.signedOfEpisodes", Assessment.class)
        .setParameter("ids", List.of(episode.getId()))
        .getResultList();
  }

  private Instant announcedAt(LocalDate opensOn) {
    Instant opens = opensOn.atTime(ANNOUNCED_AT).atZone(zone()).toInstant();
    Instant now = clock.instant();
    return opens.isAfter(now) ? opens : now;
  }

  /** The page on which the patient answers a questionnaire, below the portal's address. */
  public static String pathOf(Questionnaire questionnaire) {
    return "/patient/questionnaire.xhtml?id=" + questionnaire.getId();
  }

  private static String topicOf(Questionnaire questionnaire) {
    return Reminders.questionsTopicOf(questionnaire.getPatient().getId()) + questionnaire.getId();
  }

  /** The signed-in patient's questionnaires that are open today, the earliest first. */
  public List<Questionnaire> openOfMine() throws RecordException {
    LocalDate today = today();
    return pendingOf(patients.signedIn().getId()).stream()
        .filter(each -> each.isOpenOn(today))
        .toList();
  }

  /**
   * One of the signed-in patient's own questionnaires.
   *
   * @throws RecordException {@code questionnaire.notFound} for one that is not theirs or not there
   */
  public Questionnaire mine(long questionnaireId) throws RecordException {
    Patient me = patients.signedIn();
    Questionnaire questionnaire = em.find(Questionnaire.class, questionnaireId);
    if (questionnaire == null || !questionnaire.getPatient().getId().equals(me.getId())) {
      throw new RecordException("questionnaire.notFound");
    }
    return questionnaire;
  }

  /** Where a questionnaire stands on the clinic's today. */
  public QuestionnaireStatus statusToday(@NotNull Questionnaire questionnaire) {
    return questionnaire.statusOn(today());
  }

  /** Whether a questionnaire may be answered on the clinic's today. */
  public boolean isOpenToday(@NotNull Questionnaire questionnaire) {
    return questionnaire.isOpenOn(today());
  }

  /**
   * Keeps the patient's pain now.
   *
   * @throws RecordException as {@link Questionnaire#answerPain} refuses
   */
  public Questionnaire answerPain(long questionnaireId, Integer score) throws RecordException {
    Questionnaire questionnaire = mine(questionnaireId);
    questionnaire.answerPain(score, today());
    return questionnaire;
  }

  /**
   * Keeps one Oswestry section's score, or leaves the section out when null.
   *
   * @throws RecordException as {@link Questionnaire#answerSection} refuses
   */
  public Questionnaire answerSection(
      long questionnaireId, @NotNull OswestryIndex.Section section, Integer score)
      throws RecordException {
    Questionnaire questionnaire = mine(questionnaireId);
    questionnaire.answerSection(section, score, today());
    return questionnaire;
  }

  /**
   * Keeps the ratings of the patient's activities, in their order.
   *
   * @throws RecordException as {@link Questionnaire#rateActivities} refuses
   */
  public Questionnaire rateActivities(long questionnaireId, @NotNull List<Integer> ratings)
      throws RecordException {
    Questionnaire questionnaire = mine(questionnaireId);
    questionnaire.rateActivities(new ArrayList<>(ratings), today());
    return questionnaire;
  }

  /**
   * Sends the answers to the therapist; a second send is refused.
   *
   * @throws RecordException as {@link Questionnaire#send} refuses
   */
  public Questionnaire send(long questionnaireId) throws RecordException {
    Questionnaire questionnaire = mine(questionnaireId);
    questionnaire.send(OffsetDateTime.now(clock), today());
    outbox.withdraw(topicOf(questionnaire));
    audit.record(AuditAction.QUESTIONNAIRE_SENT, questionnaire.getPatient().getId());
    changed.fire(new PatientChanged(questionnaire.getPatient().getId()));
    return questionnaire;
  }

  /** A patient's questionnaires, the latest due first, for the chart. */
  public List<Questionnaire> ofPatient(long patientId) throws RecordException {
    tenancy.requireRole(Role.THERAPIST, Role.CLINIC_ADMIN);
    patients.find(patientId).orElseThrow(() -> new RecordException("patient.notFound"));
    return em.createNamedQuery("Questionnaire.ofPatient", Questionnaire.class)
        .setParameter("patientId", patientId)
        .getResultList();
  }

  /**
   * The measurings of the patient's latest episode, by the therapist and by the patient, in the
   * order of their days, each read against the episode's first.
   */
  public List<Measurement> measurementsOf(long patientId) throws RecordException {
    tenancy.requireRole(Role.THERAPIST, Role.CLINIC_ADMIN);
    patients.find(patientId).orElseThrow(() -> new RecordException("patient.notFound"));
    Optional<Episode> latest =
        em.createNamedQuery("Episode.ofPatient", Episode.class)
            .setParameter("patientId", patientId)
            .setMaxResults(1)
            .getResultStream()
            .findFirst();
    return latest.isEmpty() ? List.of() : measurementsIn(latest.get());
  }

  /**
   * The measurings of an episode of the bound clinic, the therapist's signed assessments and the
   * patient's sent questionnaires, in the order of their days, each read against the episode's
   * first.
   */
  public List<Measurement> measurementsIn(Episode episode) throws RecordException {
    tenancy.requireRole(Role.THERAPIST, Role.CLINIC_ADMIN);
    ZoneId zone = zone();
    List<Measurement> measured = new ArrayList<>();
    signedOf(episode).forEach(assessment -> measured.add(Measurement.of(assessment)));
    em.createNamedQuery("Questionnaire.sentOfEpisode", Questionnaire.class)
        .setParameter("episodeId", episode.getId())
        .getResultStream()
        .forEach(each -> measured.add(Measurement.of(each, zone)));
    return Measurement.readInOrder(measured);
  }

  private List<Questionnaire> pendingOf(long patientId) {
    return em.createNamedQuery("Questionnaire.pendingOfPatient", Questionnaire.class)
        .setParameter("patientId", patientId)
        .getResultList();
  }

  private ZoneId zone() {
    return ZoneId.of(em.find(Clinic.class, tenancy.currentClinicId()).getTimeZone());
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(zone()));
  }
}
