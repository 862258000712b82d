package org.clinicportal.review;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.clinicportal.assessment.Assessment;
import org.clinicportal.assessment.AssessmentComparison;
import org.clinicportal.assessment.Progress;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.homecare.PatientAlert;
import org.clinicportal.patient.Episode;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.TenantBound;
import org.clinicportal.program.HomeProgram;
import org.clinicportal.program.ProgramItem;

/**
 * The clinic's outcomes: for the episodes of care closed in a period, the change from the first to
 * the last signed assessment of each in pain, disability and function, the share of their home
 * programs' rounds done, and their alerts. Therapists and administrators read them; the figures are
 * worked out when asked, from the episodes of the period alone.
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
    List<Episode> closed =
        em.createNamedQuery("Episode.closedBetween", Episode.class)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList();
    List<Long> episodeIds = closed.stream().map(Episode::getId).toList();
    Map<Long, List<Assessment>> signed =
        groupedBy(
            chunked(episodeIds, "Assessment.signedOfEpisodes", Assessment.class),
            assessment -> assessment.getEpisode().getId());
    Map<Long, List<HomeProgram>> programs =
        groupedBy(
            chunked(episodeIds, "HomeProgram.startedOfEpisodes", HomeProgram.class),
            program -> program.getEpisode().getId());
    Map<Long, Long> doneOfItem = new HashMap<>();
    chunked(
            programs.values().stream().flatMap(List::stream).map(HomeProgram::getId).toList(),
            "ExerciseLog.doneOfPrograms",
            Object[].class)
        .forEach(row -> doneOfItem.put((Long) row[0], (Long) row[1]));
    Map<Long, List<PatientAlert>> alertsOfPatient =
        groupedBy(
            chunked(
                closed.stream().map(episode -> episode.getPatient().getId()).distinct().toList(),
                "PatientAlert.ofPatients",
                PatientAlert.class),
            alert -> alert.getPatient().getId());

    List<EpisodeOutcome> outcomes = new ArrayList<>();
    for (Episode episode : closed) {
      List<Assessment> assessments = signed.getOrDefault(episode.getId(), List.of());
      Map<String, Progress.Reading> readings = new HashMap<>();
      if (assessments.size() >= 2) {
        AssessmentComparison.of(assessments.get(0), assessments.get(assessments.size() - 1))
            .measures()
            .forEach(measure -> readings.put(measure.key(), measure.reading()));
      }
      List<PatientAlert> raised =
          alertsOfPatient.getOrDefault(episode.getPatient().getId(), List.of()).stream()
              .filter(
                  alert ->
                      episode.covers(alert.getRaisedAt().atZoneSameInstant(zone).toLocalDate()))
              .toList();
      outcomes.add(
          new EpisodeOutcome(
              episode.getId(),
              episode.getPatient().getTherapist() == null
                  ? null
                  : episode.getPatient().getTherapist().getDisplayName(),
              episode.getOpenedOn(),
              episode.getClosedOn(),
              episode.getDischargeReason(),
              readings.get("comparison.painNow"),
              readings.get("comparison.oswestry"),
              readings.get("comparison.functionalScale"),
              adherence(
                  episode, programs.getOrDefault(episode.getId(), List.of()), doneOfItem, zone),
              raised.size(),
              raised.stream()
                  .filter(alert -> alert.getAcknowledgedAt() != null)
                  .map(
                      alert ->
                          Duration.between(alert.getRaisedAt(), alert.getAcknowledgedAt())
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
   * The share of the rounds asked for that were done, over every version of the episode's program
   * from its start to the day it stopped being the plan or the discharge: each exercise asked its
   * times a day on its days of the week, and counted done at most as often as it was asked.
   */
  private static Integer adherence(
      Episode episode, List<HomeProgram> versions, Map<Long, Long> doneOfItem, ZoneId zone) {
    double asked = 0;
    double done = 0;
    for (HomeProgram version : versions) {
      LocalDate last = version.lastDayAsPlan(zone).orElse(episode.getClosedOn());
      if (last.isAfter(episode.getClosedOn())) {
        last = episode.getClosedOn();
      }
      long days = ChronoUnit.DAYS.between(version.getStartsOn(), last) + 1;
      if (days <= 0) {
        continue;
      }
      for (ProgramItem item : version.getItems()) {
        double itemAsked =
            item.getDosage().getTimesPerDay()
                * Math.min(7, item.getDosage().getDaysPerWeek())
                * days
                / 7.0;
        asked += itemAsked;
        done += Math.min(itemAsked, doneOfItem.getOrDefault(item.getId(), 0L));
      }
    }
    return asked == 0 ? null : (int) Math.round(done * 100 / asked);
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
