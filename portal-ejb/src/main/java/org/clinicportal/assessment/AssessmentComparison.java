package org.clinicportal.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The change between an earlier and a later assessment of the same patient in pain, disability and
 * function, each read against the smallest change that matters.
 */
public record AssessmentComparison(Assessment from, Assessment to, List<Measure> measures) {

  /** One measure at both assessments; a side left empty when it was not recorded then. */
  public record Measure(String key, Double before, Double after, Progress.Reading reading) {

    public Double change() {
      return before == null || after == null ? null : after - before;
    }

    public boolean isComparable() {
      return reading != null;
    }
  }

  public static AssessmentComparison of(Assessment from, Assessment to) {
    List<Measure> measures = new ArrayList<>();
    measures.add(pain("comparison.painNow", from.getPainNow(), to.getPainNow()));
    measures.add(pain("comparison.painWorst", from.getPainWorst(), to.getPainWorst()));
    Double odiBefore = value(from.oswestryIndex().percent());
    Double odiAfter = value(to.oswestryIndex().percent());
    measures.add(
        new Measure(
            "comparison.oswestry",
            odiBefore,
            odiAfter,
            odiBefore == null || odiAfter == null
                ? null
                : Progress.ofDisability(odiBefore, odiAfter).reading()));
    Double psfsBefore = value(from.functionalScale().score());
    Double psfsAfter = value(to.functionalScale().score());
    measures.add(
        new Measure(
            "comparison.functionalScale",
            psfsBefore,
            psfsAfter,
            psfsBefore == null || psfsAfter == null
                ? null
                : Progress.ofFunction(psfsBefore, psfsAfter).reading()));
    return new AssessmentComparison(from, to, List.copyOf(measures));
  }

  private static Measure pain(String key, Integer before, Integer after) {
    if (before == null || after == null) {
      return new Measure(
          key,
          before == null ? null : before.doubleValue(),
          after == null ? null : after.doubleValue(),
          null);
    }
    return new Measure(
        key,
        before.doubleValue(),
        after.doubleValue(),
        Progress.ofPain(new PainScore(before), new PainScore(after)).reading());
  }

  private static Double value(OptionalDouble optional) {
    return optional.isPresent() ? optional.getAsDouble() : null;
  }
}
