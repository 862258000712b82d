package org.clinicportal.questionnaire;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.clinicportal.assessment.Assessment;
import org.clinicportal.assessment.PainScore;
import org.clinicportal.assessment.Progress;

/**
 * One measuring of a patient in an episode, by the therapist (a signed assessment) or by the
 * patient (a questionnaire sent): pain now, the Oswestry index and the functional scale's mean,
 * each null when not measured, and each read against the episode's first measure of its kind (null
 * for that first one).
 */
public record Measurement(
    LocalDate on,
    boolean byPatient,
    Occasion occasion,
    Integer pain,
    Double oswestry,
    Double functional,
    Progress.Reading painReading,
    Progress.Reading oswestryReading,
    Progress.Reading functionalReading)
    implements Serializable {

  /** The three measures, each with its own smallest important change. */
  private enum Measure {
    PAIN,
    OSWESTRY,
    FUNCTIONAL;

    Progress.Reading read(double before, double after) {
      Progress progress =
          switch (this) {
            case PAIN -> Progress.ofPain(new PainScore((int) before), new PainScore((int) after));
            case OSWESTRY -> Progress.ofDisability(before, after);
            case FUNCTIONAL -> Progress.ofFunction(before, after);
          };
      return progress.reading();
    }
  }

  /** A measuring not yet read against the others. */
  public static Measurement of(
      LocalDate on,
      boolean byPatient,
      Occasion occasion,
      Integer pain,
      Double oswestry,
      Double functional) {
    return new Measurement(on, byPatient, occasion, pain, oswestry, functional, null, null, null);
  }

  /** What a signed assessment measured. */
  public static Measurement of(Assessment assessment) {
    return of(
        assessment.getAssessedOn(),
        false,
        null,
        assessment.getPainNow(),
        orNull(assessment.oswestryIndex().percent()),
        orNull(assessment.functionalScale().score()));
  }

  /** What the patient answered in a questionnaire sent, on the clinic's day it was sent. */
  public static Measurement of(Questionnaire questionnaire, ZoneId zone) {
    return of(
        questionnaire.getSentAt().atZoneSameInstant(zone).toLocalDate(),
        true,
        questionnaire.getOccasion(),
        questionnaire.getPainNow(),
        orNull(questionnaire.oswestryIndex().percent()),
        orNull(questionnaire.functionalScale().score()));
  }

  private static Double orNull(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }

  /**
   * How an episode's measures ended: for each, the reading of its last measuring against its first,
   * null where it was measured fewer than twice.
   */
  public record Ending(
      Progress.Reading pain, Progress.Reading disability, Progress.Reading function)
      implements Serializable {}

  /** The ending of measurings already read in their order (see {@link #readInOrder}). */
  public static Ending endingOf(List<Measurement> read) {
    Progress.Reading pain = null;
    Progress.Reading disability = null;
    Progress.Reading function = null;
    for (Measurement each : read) {
      if (each.pain != null) {
        pain = each.painReading;
      }
      if (each.oswestry != null) {
        disability = each.oswestryReading;
      }
      if (each.functional != null) {
        function = each.functionalReading;
      }
    }
    return new Ending(pain, disability, function);
  }

  /**
   * The measurings of one episode in the order of their days (those of one day as given), each
   * measure read against the first of its kind, whoever measured it.
   */
  public static List<Measurement> readInOrder(List<Measurement> measured) {
    List<Measurement> inOrder = new ArrayList<>(measured);
    inOrder.sort(Comparator.comparing(Measurement::on));
    Map<Measure, Double> first = new EnumMap<>(Measure.class);
    List<Measurement> read = new ArrayList<>();
    for (Measurement each : inOrder) {
      read.add(
          new Measurement(
              each.on,
              each.byPatient,
              each.occasion,
              each.pain,
              each.oswestry,
              each.functional,
              against(first, Measure.PAIN, each.pain == null ? null : each.pain.doubleValue()),
              against(first, Measure.OSWESTRY, each.oswestry),
              against(first, Measure.FUNCTIONAL, each.functional)));
    }
    return read;
  }

  private static Progress.Reading against(Map<Measure, Double> first, Measure measure, Double now) {
    if (now == null) {
      return null;
    }
    Double before = first.putIfAbsent(measure, now);
    return before == null ? null : measure.read(before, now);
  }
}
