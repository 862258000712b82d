package org.clinicportal.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How busy the machine's processors were, second by second, while the load ran: an average over the
 * whole run hides a minute in which both cores were full. Read from /proc/stat, so it covers
 * Payara, PostgreSQL and Gatling together.
 */
final class ProcessorSeconds implements Runnable {

  static final String FILE = "processor-seconds.txt";

  /** A second at or above this share of every processor counts as a full one. */
  static final int FULL_PERCENT = 95;

  private final List<Integer> busyPercent = new ArrayList<>();
  private final Thread thread = new Thread(this, "processor seconds");
  private volatile boolean running = true;

  static ProcessorSeconds start() {
    ProcessorSeconds seconds = new ProcessorSeconds();
    seconds.thread.setDaemon(true);
    seconds.thread.start();
    return seconds;
  }

  @Override
  public void run() {
    long[] previous = BenchReport.machineTicks();
    while (running) {
      try {
        Thread.sleep(1000);
      } catch (InterruptedException stopped) {
        return;
      }
      long[] now = BenchReport.machineTicks();
      long total = now[0] - previous[0];
      long idle = now[1] - previous[1];
      if (total > 0) {
        synchronized (busyPercent) {
          busyPercent.add((int) Math.round(100.0 * (total - idle) / total));
        }
      }
      previous = now;
    }
  }

  /** Stops sampling and writes one line per second: the share of all processors in use. */
  void stopAndWrite(Path file) {
    running = false;
    thread.interrupt();
    List<String> lines;
    synchronized (busyPercent) {
      lines = busyPercent.stream().map(String::valueOf).toList();
    }
    try {
      Files.write(file, lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The seconds in which every processor was full, and the longest stretch of them. */
  static Optional<String> summary(Path file) {
    List<Integer> seconds;
    try {
      seconds = Files.readAllLines(file).stream().map(Integer::valueOf).toList();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    int full = 0;
    int stretch = 0;
    int longest = 0;
    for (int busy : seconds) {
      stretch = busy >= FULL_PERCENT ? stretch + 1 : 0;
      full += busy >= FULL_PERCENT ? 1 : 0;
      longest = Math.max(longest, stretch);
    }
    return Optional.of(
        String.format(
            "Every processor at least %d %% busy in %d of the run's %d seconds, the longest stretch"
                + " %d s.",
            FULL_PERCENT, full, seconds.size(), longest));
  }
}
