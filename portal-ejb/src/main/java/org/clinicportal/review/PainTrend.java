package org.clinicportal.review;

import java.io.Serializable;
import java.util.List;

/**
 * Pain before sessions over the reviewed period, from the journal: the mean of the first few
 * entries and of the last few, rounded to whole points. Fewer than two entries tell no trend.
 *
 * @param first the early level, or null without a trend
 * @param last the recent level, or null without a trend
 */
public record PainTrend(Integer first, Integer last) implements Serializable {

  /** How many entries at each end make a level. */
  static final int ENTRIES_PER_END = 3;

  /** The trend of pain readings in the order of their days. */
  public static PainTrend of(List<Integer> painInDayOrder) {
    int count = painInDayOrder.size();
    if (count < 2) {
      return new PainTrend(null, null);
    }
    int perEnd = Math.min(ENTRIES_PER_END, count / 2);
    return new PainTrend(
        mean(painInDayOrder.subList(0, perEnd)),
        mean(painInDayOrder.subList(count - perEnd, count)));
  }

  private static int mean(List<Integer> readings) {
    return (int) Math.round(readings.stream().mapToInt(Integer::intValue).average().orElseThrow());
  }

  public boolean isKnown() {
    return first != null && last != null;
  }

  /** Points of change from the early to the recent level; positive is worse. */
  public int change() {
    if (!isKnown()) {
      throw new IllegalStateException("No trend without two journal entries");
    }
    return last - first;
  }
}
