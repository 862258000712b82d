package org.clinicportal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The report's part on the {@link ReminderMinute}: whether every reminder reached the mail server
 * within {@link #HAND_OVER_LIMIT} of its time, once each, and how the pages answered in the minute
 * the reminders fell due, and over all the time the portal spent queuing and sending them, against
 * the measured load before the first was queued.
 */
record ReminderReport(String text, List<String> missed) {

  /** Every reminder is with the mail server this long after its time at the latest. */
  static final Duration HAND_OVER_LIMIT = Duration.ofMinutes(2);

  /** The pages' p95 in the reminder minute, at most this many times their p95 before it. */
  static final double MINUTE_LIMIT = 1.5;

  /** A page answered: its name, when its answer was in, and how long it took. */
  record PageTime(String name, long atMillis, int millis) {}

  /** The part of the report, when the run had a reminder minute. */
  static Optional<ReminderReport> read(Path out) throws IOException {
    Optional<ReminderMinute.Result> result =
        ReminderMinute.Result.read(out.resolve(ReminderMinute.FILE));
    if (result.isEmpty()) {
      return Optional.empty();
    }
    List<PageTime> pages = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve(PortalSimulation.PAGE_TIMES_FILE))) {
      String[] cells = line.split(",");
      if (cells.length == 3 && !cells[0].equals("request")) {
        pages.add(new PageTime(cells[0], Long.parseLong(cells[1]), Integer.parseInt(cells[2])));
      }
    }
    List<ProcessorSeconds.Second> seconds;
    try {
      seconds = ProcessorSeconds.read(out.resolve(ProcessorSeconds.FILE));
    } catch (IOException unsampled) {
      seconds = List.of();
    }
    return Optional.of(of(result.get(), pages, seconds));
  }

  static ReminderReport of(
      ReminderMinute.Result run, List<PageTime> pages, List<ProcessorSeconds.Second> seconds) {
    List<String> missed = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    long due = run.due().toEpochMilli();
    long minuteEnds = due + Duration.ofMinutes(1).toMillis();
    text.append(
        String.format(
            "%nReminder minute: %,d patients had a reminder due at %s UTC, %s s into the measured"
                + " load. ",
            run.patients(),
            run.due().atOffset(ZoneOffset.UTC).toLocalTime(),
            Duration.between(run.measuredFrom(), run.due()).toSeconds()));
    text.append(
        String.format(
            "The mail server accepted %,d messages for %,d addresses",
            run.accepted(), run.recipients()));
    run.first()
        .ifPresent(
            first ->
                text.append(
                    String.format(
                        ", the first %.1f s and the last %.1f s after their time",
                        seconds(run.due(), first), seconds(run.due(), run.last().orElseThrow()))));
    text.append(".\n");
    if (run.accepted() < run.patients()) {
      missed.add(
          String.format(
              "%,d of %,d reminders reached the mail server", run.accepted(), run.patients()));
    }
    if (run.accepted() > run.recipients()) {
      missed.add(String.format("%,d reminders went twice", run.accepted() - run.recipients()));
    }
    run.last()
        .filter(last -> last.isAfter(run.due().plus(HAND_OVER_LIMIT)))
        .ifPresent(
            last ->
                missed.add(
                    String.format(
                        "the last reminder reached the mail server %.1f s after its time, not"
                            + " within %d s",
                        seconds(run.due(), last), HAND_OVER_LIMIT.toSeconds())));
    long measured = run.measuredFrom().toEpochMilli();
    long prepared = Math.min(run.firstQueued().toEpochMilli(), due);
    Predicate<PageTime> before = page -> page.atMillis() >= measured && page.atMillis() < prepared;
    Predicate<PageTime> minute = page -> page.atMillis() >= due && page.atMillis() < minuteEnds;
    long sendingEnds = Math.max(minuteEnds, run.last().map(Instant::toEpochMilli).orElse(0L));
    Predicate<PageTime> whole =
        page -> page.atMillis() >= prepared && page.atMillis() < sendingEnds;
    int p95Before = p95(pages, before);
    int p95Minute = p95(pages, minute);
    int p95Whole = p95(pages, whole);
    text.append(
        String.format(
            "The portal queued the first of them %.1f s before their time. Every page together,"
                + " p95: %d ms over the %d s of measured load before that (%,d answers), %d ms in"
                + " the minute itself (%,d answers, %.2f times), %d ms from the first queued to"
                + " the end of the minute or the last handed over, whichever came later (%,d"
                + " answers, %.2f times).%n",
            (due - prepared) / 1_000.0,
            p95Before,
            (prepared - measured) / 1_000,
            count(pages, before),
            p95Minute,
            count(pages, minute),
            (double) p95Minute / Math.max(1, p95Before),
            p95Whole,
            count(pages, whole),
            (double) p95Whole / Math.max(1, p95Before)));
    if (!seconds.isEmpty()) {
      text.append(
          String.format(
              "Processors, on average: %s before; %s in the minute itself; %s from the first"
                  + " queued to the end of the minute or the last handed over.%n",
              ProcessorSeconds.split(seconds, at -> at >= measured && at < prepared),
              ProcessorSeconds.split(seconds, at -> at > due && at <= minuteEnds),
              ProcessorSeconds.split(seconds, at -> at > prepared && at <= sendingEnds)));
    }
    if (p95Minute > MINUTE_LIMIT * p95Before) {
      missed.add(
          String.format(
              "the pages' p95 in the reminder minute, %d ms, is over %.1f times the %d ms before",
              p95Minute, MINUTE_LIMIT, p95Before));
    }
    if (p95Whole > MINUTE_LIMIT * p95Before) {
      missed.add(
          String.format(
              "the pages' p95 while the minute's reminders were queued and sent, %d ms, is over"
                  + " %.1f times the %d ms before",
              p95Whole, MINUTE_LIMIT, p95Before));
    }
    text.append(
        "\n| page | p95 ms before | p95 ms in the reminder minute | p95 ms from first queued to"
            + " last sent |\n|---|---:|---:|---:|\n");
    Map<String, List<PageTime>> byName = new TreeMap<>();
    pages.forEach(page -> byName.computeIfAbsent(page.name(), name -> new ArrayList<>()).add(page));
    byName.forEach(
        (name, times) ->
            text.append(
                String.format(
                    "| %s | %d | %d | %d |%n",
                    name, p95(times, before), p95(times, minute), p95(times, whole))));
    return new ReminderReport(text.toString(), missed);
  }

  private static double seconds(Instant from, Instant to) {
    return Duration.between(from, to).toMillis() / 1_000.0;
  }

  private static long count(List<PageTime> pages, Predicate<PageTime> window) {
    return pages.stream().filter(window).count();
  }

  /** The 95th percentile by nearest rank, 0 when the window holds no answer. */
  static int p95(List<PageTime> pages, Predicate<PageTime> window) {
    int[] sorted = pages.stream().filter(window).mapToInt(PageTime::millis).sorted().toArray();
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[(int) Math.ceil(0.95 * sorted.length) - 1];
  }
}
