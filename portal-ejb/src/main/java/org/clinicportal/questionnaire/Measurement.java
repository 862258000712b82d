package org.clinicportal.questionnaire;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

  /**
   * The measurings of one episode in the order given, each measure read against the first of its
   * kind, whoever measured it.
   */
  public static List<Measurement> readInOrder(List<Measurement> measured) {
    Map<Measure, Double> first = new EnumMap<>(Measure.class);
    List<Measurement> read = new ArrayList<>();
    for (Measurement each : measured) {
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
