package org.clinicportal.review;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;
import org.clinicportal.assessment.OswestryIndex;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.patient.DischargeReason;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.TenantBound;
import org.clinicportal.program.HomeProgram;
import org.clinicportal.program.ProgramStatus;
import org.clinicportal.questionnaire.Measurement;
import org.clinicportal.questionnaire.Occasion;

/**
 * The clinic's outcomes: for the episodes of care closed in a period, the change of each in pain,
 * disability and function from its first measure to its last, whether the therapist measured it in
 * a signed assessment or the patient in a questionnaire (the discharge's among them), the share of
 * their home programs' rounds done, and their alerts. Therapists and administrators read them; the
 * figures are worked out when asked, from the episodes of the period alone, each kind of record
 * read as rows of the values the report needs (never as entities with their collections), 500
 * episodes a query.
 */
@Stateless
@TenantBound
public class Outcomes {

  /** The longest period one report covers. */
  public static final int MAX_DAYS = 366;

  /** How many ids one query names at most. */
  private static final int CHUNK = 500;

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private Tenancy tenancy;
  @Inject private Clock clock;
  @Inject private OutcomeSummaries summaries;

  /**
   * The figures of the period per therapist and for the clinic, without the episodes, as the page
   * shows them: kept a few minutes and read afresh after a change (see {@link OutcomeSummaries}).
   *
   * @throws RecordException as {@link #report} refuses
   */
  public OutcomeReport summary(LocalDate from, LocalDate to) throws RecordException {
    tenancy.requireRole(Role.THERAPIST, Role.CLINIC_ADMIN);
    return summaries.of(from, to, () -> report(from, to));
  }

  /**
   * The outcomes of the episodes closed from {@code from} to {@code to}, both included.
   *
   * @throws RecordException when the period is missing, reversed, ahead of today or longer than a
   *     year
   */
  public OutcomeReport report(LocalDate from, LocalDate to) throws RecordException {
    tenancy.requireRole(Role.THERAPIST, Role.CLINIC_ADMIN);
    ZoneId zone = ZoneId.of(em.find(Clinic.class, tenancy.currentClinicId()).getTimeZone());
    LocalDate today = LocalDate.now(clock.withZone(zone));
    if (from == null
        || to == null
        || to.isBefore(from)
        || from.isAfter(today)
        || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw new RecordException("outcomes.period");
    }
    List<Object[]> closed =
        em.createNamedQuery("Episode.closedBetween", Object[].class)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList();
    List<Long> episodeIds = closed.stream().map(row -> (Long) row[0]).toList();
    Map<Long, List<Measurement>> measured = measuresOf(episodeIds, zone);
    Map<Long, List<Asked>> asked =
        groupedBy(
            chunked(episodeIds, "ProgramItem.askedOfEpisodes", Object[].class).stream()
                .map(Asked::of)
                .toList(),
            Asked::episodeId);
    Map<Long, Long> doneOfItem = new HashMap<>();
    chunked(episodeIds, "ExerciseLog.doneOfEpisodes", Object[].class)
        .forEach(row -> doneOfItem.put((Long) row[0], (Long) row[1]));
    Map<Long, List<Object[]>> alertsOfEpisode =
        groupedBy(
            chunked(
                closed.stream().map(row -> (Long) row[0]).toList(),
                "PatientAlert.timesOfEpisodes",
                Object[].class),
            row -> (Long) row[0]);

    List<EpisodeOutcome> outcomes = new ArrayList<>();
    for (Object[] row : closed) {
      long episodeId = (Long) row[0];
      LocalDate openedOn = (LocalDate) row[2];
      LocalDate closedOn = (LocalDate) row[3];
      Measurement.Ending ending =
          Measurement.endingOf(
              Measurement.readInOrder(measured.getOrDefault(episodeId, List.of())));
      List<Object[]> raised = alertsOfEpisode.getOrDefault(episodeId, List.of());
      outcomes.add(
          new EpisodeOutcome(
              episodeId,
              (String) row[5],
              openedOn,
              closedOn,
              (DischargeReason) row[4],
              ending.pain(),
              ending.disability(),
              ending.function(),
              adherence(closedOn, asked.getOrDefault(episodeId, List.of()), doneOfItem, zone),
              raised.size(),
              raised.stream()
                  .filter(alert -> alert[2] != null)
                  .map(
                      alert ->
                          Duration.between((OffsetDateTime) alert[1], (OffsetDateTime) alert[2])
                                  .toMinutes()
                              / 60.0)
                  .toList()));
    }
    Map<String, List<EpisodeOutcome>> byTherapist = new TreeMap<>();
    outcomes.forEach(
        outcome ->
            byTherapist
                .computeIfAbsent(
                    outcome.therapist() == null ? "" : outcome.therapist(),
                    name -> new ArrayList<>())
                .add(outcome));
    return new OutcomeReport(
        from,
        to,
        byTherapist.entrySet().stream()
            .map(entry -> OutcomeSummary.of(entry.getKey(), entry.getValue()))
            .toList(),
        OutcomeSummary.of(null, outcomes),
        List.copyOf(outcomes));
  }

  /**
   * One exercise of one version of an episode's program, as a row: from when to when it was the
   * plan, and how often a week it asked to be done.
   */
  private record Asked(
      long itemId,
      long episodeId,
      LocalDate startsOn,
      ProgramStatus status,
      OffsetDateTime supersededAt,
      OffsetDateTime endedAt,
      int timesPerDay,
      int daysPerWeek) {

    static Asked of(Object[] row) {
      return new Asked(
          (Long) row[0],
          (Long) row[1],
          (LocalDate) row[2],
          (ProgramStatus) row[3],
          (OffsetDateTime) row[4],
          (OffsetDateTime) row[5],
          (Integer) row[6],
          (Integer) row[7]);
    }
  }

  /**
   * The share of the rounds asked for that were done, over every version of the episode's program
   * from its start to the day it stopped being the plan or the discharge: each exercise asked its
   * times a day on its days of the week, and counted done at most as often as it was asked.
   */
  private static Integer adherence(
      LocalDate closedOn, List<Asked> items, Map<Long, Long> doneOfItem, ZoneId zone) {
    double asked = 0;
    double done = 0;
    for (Asked item : items) {
      LocalDate last =
          HomeProgram.lastDayAsPlan(item.status(), item.supersededAt(), item.endedAt(), zone)
              .orElse(closedOn);
      if (last.isAfter(closedOn)) {
        last = closedOn;
      }
      long days = ChronoUnit.DAYS.between(item.startsOn(), last) + 1;
      if (days <= 0) {
        continue;
      }
      double itemAsked = item.timesPerDay() * Math.min(7, item.daysPerWeek()) * days / 7.0;
      asked += itemAsked;
      done += Math.min(itemAsked, doneOfItem.getOrDefault(item.itemId(), 0L));
    }
    return asked == 0 ? null : (int) Math.round(done * 100 / asked);
  }

  /**
   * What the episodes' signed assessments and sent questionnaires measured, read as rows: pain, the
   * Oswestry sections and the mean of the activities rated, by episode.
   */
  private Map<Long, List<Measurement>> measuresOf(List<Long> episodeIds, ZoneId zone) {
    List<Object[]> assessed = chunked(episodeIds, "Assessment.measuresOfEpisodes", Object[].class);
    Map<Long, Double> assessedFunction =
        means(
            assessed.stream().map(row -> (Long) row[1]).toList(),
            "RatedActivity.meanOfAssessments");
    List<Object[]> answered =
        chunked(episodeIds, "Questionnaire.measuresOfEpisodes", Object[].class);
    Map<Long, Double> answeredFunction =
        means(
            answered.stream().map(row -> (Long) row[1]).toList(),
            "QuestionnaireActivity.meanOfQuestionnaires");
    Map<Long, List<Measurement>> measured = new HashMap<>();
    for (Object[] row : assessed) {
      measured
          .computeIfAbsent((Long) row[0], id -> new ArrayList<>())
          .add(
              Measurement.of(
                  (LocalDate) row[2],
                  false,
                  null,
                  (Integer) row[3],
                  oswestryFrom(row, 4),
                  assessedFunction.get((Long) row[1])));
    }
    for (Object[] row : answered) {
      measured
          .computeIfAbsent((Long) row[0], id -> new ArrayList<>())
          .add(
              Measurement.of(
                  ((OffsetDateTime) row[2]).atZoneSameInstant(zone).toLocalDate(),
                  true,
                  (Occasion) row[3],
                  (Integer) row[4],
                  oswestryFrom(row, 5),
                  answeredFunction.get((Long) row[1])));
    }
    return measured;
  }

  private static Double oswestryFrom(Object[] row, int first) {
    List<Integer> scores = new ArrayList<>();
    for (int i = 0; i < OswestryIndex.Section.values().length; i++) {
      scores.add((Integer) row[first + i]);
    }
    OptionalDouble percent = OswestryIndex.inSectionOrder(scores).percent();
    return percent.isPresent() ? percent.getAsDouble() : null;
  }

  private Map<Long, Double> means(List<Long> ids, String query) {
    Map<Long, Double> means = new HashMap<>();
    chunked(ids, query, Object[].class)
        .forEach(row -> means.put((Long) row[0], ((Number) row[1]).doubleValue()));
    return means;
  }

  private <T> List<T> chunked(List<Long> ids, String query, Class<T> type) {
    List<T> found = new ArrayList<>();
    for (int start = 0; start < ids.size(); start += CHUNK) {
      found.addAll(
          em.createNamedQuery(query, type)
              .setParameter("ids", ids.subList(start, Math.min(ids.size(), start + CHUNK)))
              .getResultList());
    }
    return found;
  }

  private static <T> Map<Long, List<T>> groupedBy(List<T> rows, Function<T, Long> key) {
    Map<Long, List<T>> grouped = new LinkedHashMap<>();
    rows.forEach(row -> grouped.computeIfAbsent(key.apply(row), id -> new ArrayList<>()).add(row));
    return grouped;
  }
}
