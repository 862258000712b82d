package org.clinicportal.questionnaire;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import org.clinicportal.assessment.FunctionalScale;
import org.clinicportal.assessment.OswestryAnswers;
import org.clinicportal.assessment.OswestryIndex;
import org.clinicportal.assessment.PainScore;
import org.clinicportal.patient.Episode;
import org.clinicportal.patient.Patient;
import org.clinicportal.platform.ClinicOwned;
import org.clinicportal.platform.RecordException;
import org.clinicportal.program.HomeProgram;

/**
 * A questionnaire the patient fills in between visits: pain now, the ten sections of the Oswestry
 * Disability Index and a rating of each of their own functional-scale activities. It opens on a day
 * and closes two weeks after it is due; until it is sent the patient may answer it a screen at a
 * time, go back, leave and come back where they were. A sent questionnaire never changes; a
 * withdrawn one (its review moved) is no longer asked.
 *
 * <p>The screens: {@link #PAIN}, then one per Oswestry section, then {@link #ACTIVITIES} when the
 * assessment chose any, then {@link #SEND}. A section may be left out, as on paper; pain may not.
 *
 * <p>Longer than most entities: the screens, the range of each answer, the days it is open and the
 * one send are the rules of one record, and half of the length is its getters and queries.
 */
@Entity
@Table(name = "questionnaire")
@NamedQuery(
    name = "Questionnaire.ofPatient",
    query =
        "select q from Questionnaire q where q.patient.id = :patientId"
            + " order by q.dueOn desc, q.id desc")
@NamedQuery(
    name = "Questionnaire.ofEpisode",
    query =
        "select q from Questionnaire q where q.episode.id = :episodeId"
            + " and q.occasion = :occasion and q.dueOn = :dueOn")
@NamedQuery(
    name = "Questionnaire.sentOfEpisode",
    query =
        "select q from Questionnaire q where q.episode.id = :episodeId and q.sentAt is not null"
            + " order by q.sentAt, q.id")
@NamedQuery(
    name = "Questionnaire.pendingOfPatient",
    query =
        "select q from Questionnaire q where q.patient.id = :patientId"
            + " and q.sentAt is null and q.withdrawnAt is null order by q.opensOn, q.id")
@NamedQuery(
    name = "Questionnaire.measuresOfEpisodes",
    query =
        "select q.episode.id, q.id, q.sentAt, q.occasion, q.painNow, q.oswestry.painIntensity, q.oswestry.personalCare, q.oswestry.lifting, q.oswestry.walking, q.oswestry.sitting, q.oswestry.standing, q.oswestry.sleeping, q.oswestry.sexLife, q.oswestry.socialLife, q.oswestry.travelling"
            + " from Questionnaire q where q.episode.id in :ids and q.sentAt is not null"
            + " order by q.sentAt, q.id")
public class Questionnaire extends ClinicOwned {

  /** The first screen: pain now, 0 to 10. */
  public static final int PAIN = 0;

  /** The screen of the first Oswestry section; the others follow in their order. */
  public static final int FIRST_SECTION = 1;

  /** The screen of the patient's own activities, when the assessment chose any. */
  public static final int ACTIVITIES = FIRST_SECTION + OswestryIndex.Section.values().length;

  /** The last screen: the answers to look over, and send. */
  public static final int SEND = ACTIVITIES + 1;

  /** How long after it is due a questionnaire can still be answered, in days. */
  public static final int OPEN_DAYS_AFTER_DUE = 14;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "patient_id", nullable = false, updatable = false)
  private Patient patient;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "episode_id", nullable = false, updatable = false)
  private Episode episode;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "program_id", updatable = false)
  private HomeProgram program;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private Occasion occasion;

  @Column(name = "due_on", nullable = false, updatable = false)
  private LocalDate dueOn;

  @Column(name = "opens_on", nullable = false, updatable = false)
  private LocalDate opensOn;

  @Column(name = "closes_on", nullable = false, updatable = false)
  private LocalDate closesOn;

  @Column(nullable = false)
  private int screen;

  @Column(name = "pain_now")
  private Integer painNow;

  /** Null when read back with no section answered: see {@link #oswestryAnswers()}. */
  @Embedded private OswestryAnswers oswestry = new OswestryAnswers();

  @OneToMany(mappedBy = "questionnaire", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<QuestionnaireActivity> activities = new ArrayList<>();

  @Column(name = "sent_at")
  private OffsetDateTime sentAt;

  @Column(name = "withdrawn_at")
  private OffsetDateTime withdrawnAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected Questionnaire() {}

  /**
   * A questionnaire due on a day of an episode, open from {@code opensOn} to two weeks after it is
   * due, asking the patient to rate the activities named (at most five).
   *
   * @param program the program whose review it serves; null for another occasion
   */
  public Questionnaire(
      Episode episode,
      HomeProgram program,
      Occasion occasion,
      LocalDate dueOn,
      LocalDate opensOn,
      List<String> activityNames,
      OffsetDateTime createdAt) {
    this.episode = Objects.requireNonNull(episode);
    this.patient = episode.getPatient();
    this.program = program;
    this.occasion = Objects.requireNonNull(occasion);
    if (occasion == Occasion.REVIEW && program == null) {
      throw new IllegalArgumentException("A review's questionnaire names the program reviewed");
    }
    if (opensOn.isAfter(dueOn)) {
      throw new IllegalArgumentException("A questionnaire opens on or before its day");
    }
    if (activityNames.size() > FunctionalScale.MAX_ACTIVITIES) {
      throw new IllegalArgumentException("At most " + FunctionalScale.MAX_ACTIVITIES);
    }
    this.dueOn = dueOn;
    this.opensOn = opensOn;
    this.closesOn = dueOn.plusDays(OPEN_DAYS_AFTER_DUE);
    this.createdAt = Objects.requireNonNull(createdAt);
    for (int i = 0; i < activityNames.size(); i++) {
      activities.add(new QuestionnaireActivity(this, i + 1, activityNames.get(i)));
    }
  }

  /** The screens of this questionnaire in order: the activities' only when it has activities. */
  public List<Integer> screens() {
    return IntStream.rangeClosed(PAIN, SEND)
        .filter(each -> each != ACTIVITIES || !activities.isEmpty())
        .boxed()
        .toList();
  }

  /** The screen after the one given, or {@link #SEND} from the last. */
  public int next(int from) {
    return screens().stream().filter(each -> each > from).findFirst().orElse(SEND);
  }

  /** The screen before the one given, or {@link #PAIN} from the first. */
  public int previous(int from) {
    return screens().stream().filter(each -> each < from).reduce((a, b) -> b).orElse(PAIN);
  }

  /** The Oswestry section a screen asks. */
  public static OswestryIndex.Section sectionOf(int screen) {
    if (screen < FIRST_SECTION || screen >= ACTIVITIES) {
      throw new IllegalArgumentException("Screen " + screen + " asks no Oswestry section");
    }
    return OswestryIndex.Section.values()[screen - FIRST_SECTION];
  }

  /** The screen that asks an Oswestry section. */
  public static int screenOf(OswestryIndex.Section section) {
    return FIRST_SECTION + section.ordinal();
  }

  /** Whether the patient may answer it on this day: open, not sent and not withdrawn. */
  public boolean isOpenOn(LocalDate today) {
    return sentAt == null
        && withdrawnAt == null
        && !today.isBefore(opensOn)
        && !today.isAfter(closesOn);
  }

  /**
   * Keeps the patient's pain now and moves on.
   *
   * @throws RecordException {@code questionnaire.pain} for no score or one outside 0 to 10, or as
   *     the questionnaire is not open
   */
  public void answerPain(Integer score, LocalDate today) throws RecordException {
    requireOpen(today);
    if (score == null || score < 0 || score > 10) {
      throw new RecordException("questionnaire.pain");
    }
    painNow = score;
    reach(next(PAIN));
  }

  /**
   * Keeps the score of one Oswestry section, or leaves it out when null, and moves on.
   *
   * @throws RecordException {@code questionnaire.section} for a score outside 0 to 5, or as the
   *     questionnaire is not open
   */
  public void answerSection(OswestryIndex.Section section, Integer score, LocalDate today)
      throws RecordException {
    requireOpen(today);
    if (score != null && (score < 0 || score > OswestryIndex.MAX_SCORE)) {
      throw new RecordException("questionnaire.section");
    }
    oswestry = oswestryAnswers().with(section, score);
    reach(next(screenOf(section)));
  }

  /**
   * Keeps the patient's rating of each activity in order, null for one left unrated, and moves on.
   *
   * @throws RecordException {@code questionnaire.activities} when the ratings do not match the
   *     activities, {@code questionnaire.rating} for one outside 0 to 10, or as the questionnaire
   *     is not open
   */
  public void rateActivities(List<Integer> ratings, LocalDate today) throws RecordException {
    requireOpen(today);
    if (activities.isEmpty() || ratings.size() != activities.size()) {
      throw new RecordException("questionnaire.activities");
    }
    if (ratings.stream().anyMatch(rating -> rating != null && (rating < 0 || rating > 10))) {
      throw new RecordException("questionnaire.rating");
    }
    for (int i = 0; i < ratings.size(); i++) {
      activities.get(i).rate(ratings.get(i));
    }
    reach(SEND);
  }

  /**
   * Sends the answers; from then on they never change.
   *
   * @throws RecordException {@code questionnaire.painFirst} when pain was not answered, or as the
   *     questionnaire is not open (sent already among them)
   */
  public void send(OffsetDateTime at, LocalDate today) throws RecordException {
    requireOpen(today);
    if (painNow == null) {
      throw new RecordException("questionnaire.painFirst");
    }
    sentAt = Objects.requireNonNull(at);
  }

  /** Stops asking an unsent questionnaire: the review it served moved. */
  void withdraw(OffsetDateTime at) {
    if (sentAt == null && withdrawnAt == null) {
      withdrawnAt = at;
    }
  }

  /** Where the questionnaire stands on a day. */
  public QuestionnaireStatus statusOn(LocalDate today) {
    if (sentAt != null) {
      return QuestionnaireStatus.SENT;
    }
    if (withdrawnAt != null) {
      return QuestionnaireStatus.WITHDRAWN;
    }
    if (today.isAfter(closesOn)) {
      return QuestionnaireStatus.UNANSWERED;
    }
    if (today.isBefore(opensOn)) {
      return QuestionnaireStatus.WAITING;
    }
    return isStarted() ? QuestionnaireStatus.STARTED : QuestionnaireStatus.OPEN;
  }

  /** Asks a withdrawn questionnaire again: its review date came back. */
  void reinstate() {
    if (sentAt == null) {
      withdrawnAt = null;
    }
  }

  private void requireOpen(LocalDate today) throws RecordException {
    if (sentAt != null) {
      throw new RecordException("questionnaire.sent");
    }
    if (withdrawnAt != null || today.isAfter(closesOn)) {
      throw new RecordException("questionnaire.closed");
    }
    if (today.isBefore(opensOn)) {
      throw new RecordException("questionnaire.notYet");
    }
  }

  private void reach(int next) {
    screen = Math.max(screen, next);
  }

  /** Whether the patient began answering: a screen answered, none sent yet or sent. */
  public boolean isStarted() {
    return screen > PAIN;
  }

  public boolean isSent() {
    return sentAt != null;
  }

  public boolean isWithdrawn() {
    return withdrawnAt != null;
  }

  /** Pain now as the patient gave it. */
  public Optional<PainScore> pain() {
    return Optional.ofNullable(painNow).map(PainScore::new);
  }

  /** The Oswestry answers so far. */
  public OswestryAnswers oswestryAnswers() {
    return oswestry == null ? new OswestryAnswers() : oswestry;
  }

  public OswestryIndex oswestryIndex() {
    return oswestryAnswers().index();
  }

  /** The functional scale of the activities the patient rated. */
  public FunctionalScale functionalScale() {
    return new FunctionalScale(
        activities.stream()
            .filter(activity -> activity.getRating() != null)
            .map(QuestionnaireActivity::toActivity)
            .toList());
  }

  public Patient getPatient() {
    return patient;
  }

  public Episode getEpisode() {
    return episode;
  }

  public HomeProgram getProgram() {
    return program;
  }

  public Occasion getOccasion() {
    return occasion;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public LocalDate getOpensOn() {
    return opensOn;
  }

  public LocalDate getClosesOn() {
    return closesOn;
  }

  /** The furthest screen the patient reached, where they come back to. */
  public int getScreen() {
    return screen;
  }

  public Integer getPainNow() {
    return painNow;
  }

  public List<QuestionnaireActivity> getActivities() {
    return List.copyOf(activities);
  }

  public OffsetDateTime getSentAt() {
    return sentAt;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }
}
