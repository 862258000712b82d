package org.clinicportal.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongPredicate;
import java.util.function.LongUnaryOperator;

/**
 * How busy the machine's processors were, second by second, while the load ran, and by whom: an
 * average over the whole run hides a minute in which both cores were full. Read from /proc: the
 * machine's processors in all, the servers under load, PostgreSQL, and the benchmark's own process
 * (Gatling, and in the reminder minute the mail server that takes the portal's mail).
 */
final class ProcessorSeconds implements Runnable {

  static final String FILE = "processor-seconds.txt";

  /** A second at or above this share of every processor counts as a full one. */
  static final int FULL_PERCENT = 95;

  /**
   * One second: when it ended, the share of all processors in use, and the processor time of the
   * servers, PostgreSQL and the benchmark in it, in hundredths of a core.
   */
  record Second(long endedAtMillis, int busyPercent, int servers, int postgres, int benchmark) {

    String line() {
      return endedAtMillis + " " + busyPercent + " " + servers + " " + postgres + " " + benchmark;
    }

    static Second parse(String line) {
      String[] cells = line.trim().split(" ");
      return new Second(
          Long.parseLong(cells[0]),
          Integer.parseInt(cells[1]),
          Integer.parseInt(cells[2]),
          Integer.parseInt(cells[3]),
          Integer.parseInt(cells[4]));
    }
  }

  private final BenchServers servers = BenchServers.fromProperties();
  private final String self = Long.toString(ProcessHandle.current().pid());
  private final List<Second> seconds = new ArrayList<>();
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
    Reading previous = read();
    while (running) {
      try {
        Thread.sleep(1000);
      } catch (InterruptedException stopped) {
        return;
      }
      Reading now = read();
      long total = now.ticks().total() - previous.ticks().total();
      if (total > 0) {
        long idle = now.ticks().idle() - previous.ticks().idle();
        int cores = Runtime.getRuntime().availableProcessors();
        LongUnaryOperator hundredths = ticks -> Math.round(100.0 * cores * ticks / total);
        synchronized (seconds) {
          seconds.add(
              new Second(
                  System.currentTimeMillis(),
                  (int) Math.round(100.0 * (total - idle) / total),
                  (int) hundredths.applyAsLong(now.ticks().payara() - previous.ticks().payara()),
                  (int)
                      hundredths.applyAsLong(now.ticks().postgres() - previous.ticks().postgres()),
                  (int) hundredths.applyAsLong(now.benchmark() - previous.benchmark())));
        }
      }
      previous = now;
    }
  }

  /** The machine's, the servers' and PostgreSQL's ticks, and this process's, read at one moment. */
  private record Reading(BenchReport.CpuTicks ticks, long benchmark) {}

  private Reading read() {
    return new Reading(BenchReport.cpuTicks(servers), BenchReport.ticksOf(self));
  }

  /** Stops sampling and writes one line per second. */
  void stopAndWrite(Path file) {
    running = false;
    thread.interrupt();
    List<String> lines;
    synchronized (seconds) {
      lines = seconds.stream().map(Second::line).toList();
    }
    try {
      Files.write(file, lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Second> read(Path file) throws IOException {
    try {
      return Files.readAllLines(file).stream().map(Second::parse).toList();
    } catch (RuntimeException malformed) {
      throw new IOException("Not the benchmark's processor seconds: " + file, malformed);
    }
  }

  /** The seconds in which every processor was full, and the longest stretch of them. */
  static Optional<String> summary(Path file) {
    List<Second> run;
    try {
      run = read(file);
    } catch (IOException e) {
      return Optional.empty();
    }
    int full = 0;
    int stretch = 0;
    int longest = 0;
    for (Second second : run) {
      boolean busy = second.busyPercent() >= FULL_PERCENT;
      stretch = busy ? stretch + 1 : 0;
      full += busy ? 1 : 0;
      longest = Math.max(longest, stretch);
    }
    return Optional.of(
        String.format(
            "Every processor at least %d %% busy in %d of the run's %d seconds, the longest stretch"
                + " %d s.",
            FULL_PERCENT, full, run.size(), longest));
  }

  /**
   * Who used the processors in the seconds that ended inside a window, on average, in cores: the
   * servers, PostgreSQL, the benchmark, and what was left idle.
   */
  static String split(List<Second> run, LongPredicate window) {
    List<Second> inside = run.stream().filter(s -> window.test(s.endedAtMillis())).toList();
    if (inside.isEmpty()) {
      return "no seconds sampled";
    }
    int cores = Runtime.getRuntime().availableProcessors();
    double servers = inside.stream().mapToInt(Second::servers).average().orElse(0) / 100;
    double postgres = inside.stream().mapToInt(Second::postgres).average().orElse(0) / 100;
    double benchmark = inside.stream().mapToInt(Second::benchmark).average().orElse(0) / 100;
    double busy = inside.stream().mapToInt(Second::busyPercent).average().orElse(0) * cores / 100;
    return String.format(
        Locale.ROOT,
        "Payara %.2f, PostgreSQL %.2f, the benchmark %.2f, idle %.2f of %d cores (%d s)",
        servers,
        postgres,
        benchmark,
        Math.max(0, cores - busy),
        cores,
        inside.size());
  }
}
