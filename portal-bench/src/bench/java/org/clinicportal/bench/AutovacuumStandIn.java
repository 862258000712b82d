package org.clinicportal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What PostgreSQL's autovacuum would do for the benchmark's database, on a server that runs with it
 * off (the build machine's does): every minute, the tables that changed past autovacuum's default
 * thresholds are vacuumed or analyzed, throttled as autovacuum is. Without it, the statistics of a
 * table stay those of the moment the data was generated: the outbox, empty then, looks empty to the
 * planner while it holds 100,000 reminders, and every claim of 100 of them walks the clinic's whole
 * outbox. A production server with autovacuum on (its default) needs none of this.
 */
final class AutovacuumStandIn implements Runnable {

  static final String FILE = "autovacuum.txt";

  /** autovacuum_naptime: how often a database is looked at. */
  private static final long NAP_MILLIS = 60_000;

  /**
   * The thresholds of autovacuum's defaults: a vacuum when dead rows, or rows inserted since the
   * last vacuum, pass 50 (1,000 for inserts) plus 20 % of the table, an analyze when rows changed
   * since the last analyze pass 50 plus 10 %.
   */
  private static final String DUE =
      "select quote_ident(s.relname),"
          + " s.n_dead_tup > 50 + 0.2 * greatest(c.reltuples, 0)"
          + " or s.n_ins_since_vacuum > 1000 + 0.2 * greatest(c.reltuples, 0) as vacuum,"
          + " s.n_mod_since_analyze > 50 + 0.1 * greatest(c.reltuples, 0) as analyze"
          + " from pg_stat_user_tables s join pg_class c on c.oid = s.relid"
          + " where s.schemaname = 'public'";

  private final Thread thread = new Thread(this, "autovacuum stand-in");
  private final List<String> done = new ArrayList<>();
  private final long startedAt = System.currentTimeMillis();
  private volatile boolean running = true;

  /** Starts the stand-in when the server's own autovacuum is off; null when it is on. */
  static AutovacuumStandIn startIfOff() {
    try (Connection owner = BenchDatabase.owner();
        Statement show = owner.createStatement();
        ResultSet setting = show.executeQuery("show autovacuum")) {
      if (setting.next() && "on".equals(setting.getString(1))) {
        return null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the server's autovacuum setting", e);
    }
    System.out.println("[bench] autovacuum is off on this server: the benchmark stands in for it");
    AutovacuumStandIn standIn = new AutovacuumStandIn();
    try {
      standIn.round(false);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not catch up on what autovacuum would have done", e);
    }
    standIn.thread.setDaemon(true);
    standIn.thread.start();
    return standIn;
  }

  @Override
  public void run() {
    while (running) {
      try {
        Thread.sleep(NAP_MILLIS);
      } catch (InterruptedException stopped) {
        return;
      }
      try {
        round(true);
      } catch (SQLException e) {
        System.err.println("[bench] autovacuum stand-in skipped a round: " + e.getMessage());
      }
    }
  }

  /**
   * Vacuums and analyzes the tables past the thresholds; {@code throttled} as autovacuum is, or at
   * full speed for the catching up before the load, on what autovacuum would have done while the
   * data was generated.
   */
  private void round(boolean throttled) throws SQLException {
    try (Connection owner = BenchDatabase.owner()) {
      if (throttled) {
        try (Statement throttle = owner.createStatement()) {
          // autovacuum_vacuum_cost_delay and autovacuum_vacuum_cost_limit, as a server has them
          throttle.execute("set vacuum_cost_delay = 2");
          throttle.execute("set vacuum_cost_limit = 200");
        }
      }
      List<Work> work = new ArrayList<>();
      try (PreparedStatement due = owner.prepareStatement(DUE);
          ResultSet rows = due.executeQuery()) {
        while (rows.next()) {
          String what =
              rows.getBoolean(2) ? "vacuum analyze" : rows.getBoolean(3) ? "analyze" : null;
          if (what != null) {
            work.add(new Work(what, rows.getString(1)));
          }
        }
      }
      for (Work table : work) {
        long started = System.nanoTime();
        try (Statement run = owner.createStatement()) {
          run.execute(table.what() + " " + table.table());
        }
        note(table.what(), table.table(), (System.nanoTime() - started) / 1_000_000);
      }
    }
  }

  /** A table to vacuum and analyze, or to analyze only; its name quoted by the server. */
  private record Work(String what, String table) {}

  private void note(String what, String table, long millis) {
    String line =
        String.format(
            Locale.ROOT,
            "%d s: %s %s (%d ms)",
            (System.currentTimeMillis() - startedAt) / 1000,
            what,
            table,
            millis);
    System.out.println("[bench] autovacuum stand-in " + line);
    synchronized (done) {
      done.add(line);
    }
  }

  /** A line for the report when the benchmark stood in for autovacuum; empty when it did not. */
  static Optional<String> summary(Path file) {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      List<String> lines = Files.readAllLines(file);
      return Optional.of(
          "PostgreSQL's autovacuum is off on this server; the benchmark did its work every minute,"
              + " throttled as autovacuum is"
              + (lines.isEmpty() ? ", and found nothing to do" : ": " + String.join("; ", lines))
              + ".");
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Stops and writes what it did, one line per table it vacuumed or analyzed. */
  void stopAndWrite(Path file) throws IOException {
    running = false;
    thread.interrupt();
    synchronized (done) {
      Files.write(file, done);
    }
  }
}
