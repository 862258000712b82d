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
 * the reminders fell due, and over all the time the portal spent queuing and sending them. The
 * pages are held to the same minute and stretch of the last baseline run, the same run with the
 * reminders off; without one, to the measured load before the first reminder was queued.
 */
record ReminderReport(String text, List<String> missed) {

  /** Every reminder is with the mail server this long after its time at the latest. */
  static final Duration HAND_OVER_LIMIT = Duration.ofMinutes(2);

  /** The pages' p95 in the reminder minute, at most this many times their p95 without it. */
  static final double MINUTE_LIMIT = 1.5;

  /** How far ahead of their minute the portal's reminder job queues reminders at most. */
  static final Duration QUEUED_AHEAD = Duration.ofMinutes(5);

  /** A page answered: its name, when its answer was in, and how long it took. */
  record PageTime(String name, long atMillis, int millis) {}

  /** The part of the report, when the run had a reminder minute. */
  static Optional<ReminderReport> read(Path out) throws IOException {
    Optional<ReminderMinute.Result> result =
        ReminderMinute.Result.read(out.resolve(ReminderMinute.FILE));
    if (result.isEmpty()) {
      return Optional.empty();
    }
    List<PageTime> pages = pageTimes(out.resolve(PortalSimulation.PAGE_TIMES_FILE));
    Path baselineFile = out.resolve(ReminderMinute.BASELINE_FILE);
    Optional<List<PageTime>> baseline =
        result.get().sent() && Files.exists(baselineFile)
            ? Optional.of(pageTimes(baselineFile))
            : Optional.empty();
    List<ProcessorSeconds.Second> seconds;
    try {
      seconds = ProcessorSeconds.read(out.resolve(ProcessorSeconds.FILE));
    } catch (IOException unsampled) {
      seconds = List.of();
    }
    return Optional.of(of(result.get(), pages, seconds, baseline));
  }

  private static List<PageTime> pageTimes(Path file) throws IOException {
    List<PageTime> pages = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      String[] cells = line.split(",");
      if (cells.length == 3 && !cells[0].equals("request")) {
        pages.add(new PageTime(cells[0], Long.parseLong(cells[1]), Integer.parseInt(cells[2])));
      }
    }
    return pages;
  }

  /**
   * The part for a run; {@code baseline} holds the pages of the last baseline run, each timed from
   * that run's minute.
   */
  static ReminderReport of(
      ReminderMinute.Result run,
      List<PageTime> pages,
      List<ProcessorSeconds.Second> seconds,
      Optional<List<PageTime>> baseline) {
    if (!run.sent()) {
      return ofBaseline(run, pages, seconds);
    }
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
    Predicate<PageTime> sameMinute = page -> page.atMillis() >= 0 && page.atMillis() < 60_000;
    Predicate<PageTime> sameStretch =
        page -> page.atMillis() >= prepared - due && page.atMillis() < sendingEnds - due;
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
    int heldMinute;
    int heldWhole;
    String minuteHeldTo;
    String stretchHeldTo;
    if (baseline.isPresent()) {
      heldMinute = p95(baseline.get(), sameMinute);
      heldWhole = p95(baseline.get(), sameStretch);
      minuteHeldTo = "in the same minute of the baseline run, without the reminders";
      stretchHeldTo = "in the same stretch of the baseline run, without the reminders";
      text.append(
          String.format(
              "The baseline run, the same load with the reminders off, answered the same minute"
                  + " with a p95 of %d ms (%,d answers; with the reminders %.2f times that) and the"
                  + " same stretch with %d ms (%,d answers; %.2f times).%n",
              heldMinute,
              count(baseline.get(), sameMinute),
              (double) p95Minute / Math.max(1, heldMinute),
              heldWhole,
              count(baseline.get(), sameStretch),
              (double) p95Whole / Math.max(1, heldWhole)));
    } else {
      heldMinute = p95Before;
      heldWhole = p95Before;
      minuteHeldTo = "before the first was queued (no baseline run: -Dbench.reminderBaseline=true)";
      stretchHeldTo = minuteHeldTo;
      text.append(
          "No baseline run to compare with: the pages are held to the load before the first"
              + " reminder was queued.\n");
    }
    if (!seconds.isEmpty()) {
      text.append(
          String.format(
              "Processors, on average: %s before; %s in the minute itself; %s from the first"
                  + " queued to the end of the minute or the last handed over.%n",
              ProcessorSeconds.split(seconds, at -> at >= measured && at < prepared),
              ProcessorSeconds.split(seconds, at -> at > due && at <= minuteEnds),
              ProcessorSeconds.split(seconds, at -> at > prepared && at <= sendingEnds)));
    }
    if (p95Minute > MINUTE_LIMIT * heldMinute) {
      missed.add(
          String.format(
              "the pages' p95 in the reminder minute, %d ms, is over %.1f times the %d ms %s",
              p95Minute, MINUTE_LIMIT, heldMinute, minuteHeldTo));
    }
    if (p95Whole > MINUTE_LIMIT * heldWhole) {
      missed.add(
          String.format(
              "the pages' p95 while the minute's reminders were queued and sent, %d ms, is over"
                  + " %.1f times the %d ms %s",
              p95Whole, MINUTE_LIMIT, heldWhole, stretchHeldTo));
    }
    text.append(minutes(pages, due, measured, baseline));
    Map<String, List<PageTime>> byName = byName(pages);
    Map<String, List<PageTime>> baselineByName = byName(baseline.orElse(List.of()));
    text.append(
        "\n| page | p95 ms before | p95 ms in the reminder minute | p95 ms from first queued to"
            + " last sent | p95 ms, same minute without | p95 ms, same stretch without |\n"
            + "|---|---:|---:|---:|---:|---:|\n");
    byName.forEach(
        (name, times) -> {
          List<PageTime> held = baselineByName.getOrDefault(name, List.of());
          text.append(
              String.format(
                  "| %s | %d | %d | %d | %s | %s |%n",
                  name,
                  p95(times, before),
                  p95(times, minute),
                  p95(times, whole),
                  baseline.isPresent() ? p95(held, sameMinute) : "–",
                  baseline.isPresent() ? p95(held, sameStretch) : "–"));
        });
    return new ReminderReport(text.toString(), missed);
  }

  /**
   * The part for a baseline run: the same windows as a run with reminders, with the reminders off,
   * the stretch taken as the {@link #QUEUED_AHEAD} before the minute and the minute itself.
   */
  private static ReminderReport ofBaseline(
      ReminderMinute.Result run, List<PageTime> pages, List<ProcessorSeconds.Second> seconds) {
    long due = run.due().toEpochMilli();
    long minuteEnds = due + Duration.ofMinutes(1).toMillis();
    long measured = run.measuredFrom().toEpochMilli();
    long prepared = due - QUEUED_AHEAD.toMillis();
    Predicate<PageTime> before = page -> page.atMillis() >= measured && page.atMillis() < prepared;
    Predicate<PageTime> minute = page -> page.atMillis() >= due && page.atMillis() < minuteEnds;
    Predicate<PageTime> stretch =
        page -> page.atMillis() >= prepared && page.atMillis() < minuteEnds;
    StringBuilder text = new StringBuilder();
    text.append(
        String.format(
            "%nReminder minute, baseline run: the reminders of %,d patients were off for the"
                + " minute at %s UTC, %s s into the measured load. Every page together, p95: %d ms"
                + " before the %d s ahead of it (%,d answers), %d ms in the minute (%,d answers),"
                + " %d ms from %d s ahead of it to its end (%,d answers). The pages are kept in"
                + " %s for the runs with reminders that follow.%n",
            run.patients(),
            run.due().atOffset(ZoneOffset.UTC).toLocalTime(),
            Duration.between(run.measuredFrom(), run.due()).toSeconds(),
            p95(pages, before),
            QUEUED_AHEAD.toSeconds(),
            count(pages, before),
            p95(pages, minute),
            count(pages, minute),
            p95(pages, stretch),
            QUEUED_AHEAD.toSeconds(),
            count(pages, stretch),
            ReminderMinute.BASELINE_FILE));
    if (!seconds.isEmpty()) {
      text.append(
          String.format(
              "Processors, on average: %s before; %s in the minute.%n",
              ProcessorSeconds.split(seconds, at -> at >= measured && at < prepared),
              ProcessorSeconds.split(seconds, at -> at > due && at <= minuteEnds)));
    }
    text.append(minutes(pages, due, measured, Optional.empty()));
    text.append("\n| page | p95 ms before | p95 ms in the minute |\n|---|---:|---:|\n");
    byName(pages)
        .forEach(
            (name, times) ->
                text.append(
                    String.format(
                        "| %s | %d | %d |%n", name, p95(times, before), p95(times, minute))));
    return new ReminderReport(text.toString(), List.of());
  }

  /**
   * Every page together, a whole minute at a time, counted from the reminders' minute: where in the
   * run the pages slowed, and, beside them, the same minutes of the baseline run.
   */
  private static String minutes(
      List<PageTime> pages, long due, long measured, Optional<List<PageTime>> baseline) {
    StringBuilder table = new StringBuilder();
    table.append("\n| minute from the reminders' | p95 ms | answers |");
    table.append(baseline.isPresent() ? " p95 ms without | answers without |\n" : "\n");
    table.append(baseline.isPresent() ? "|---:|---:|---:|---:|---:|\n" : "|---:|---:|---:|\n");
    long last = pages.stream().mapToLong(PageTime::atMillis).max().orElse(due);
    long first = -Math.floorDiv(due - measured, 60_000L);
    for (long minute = first; due + (minute + 1) * 60_000 <= last; minute++) {
      long from = minute * 60_000;
      Predicate<PageTime> here =
          page -> page.atMillis() >= due + from && page.atMillis() < due + from + 60_000;
      table.append(
          String.format("| %+d | %d | %,d |", minute, p95(pages, here), count(pages, here)));
      if (baseline.isPresent()) {
        Predicate<PageTime> same =
            page -> page.atMillis() >= from && page.atMillis() < from + 60_000;
        table.append(
            String.format(" %d | %,d |", p95(baseline.get(), same), count(baseline.get(), same)));
      }
      table.append('\n');
    }
    return table.toString();
  }

  private static Map<String, List<PageTime>> byName(List<PageTime> pages) {
    Map<String, List<PageTime>> byName = new TreeMap<>();
    pages.forEach(page -> byName.computeIfAbsent(page.name(), name -> new ArrayList<>()).add(page));
    return byName;
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
