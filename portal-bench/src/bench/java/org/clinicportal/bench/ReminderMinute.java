package org.clinicportal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The minute in which every patient of the clinic {@value #CLINIC} has a reminder due: their
 * reminder times are set to that one minute (no quiet hours, no evening reminder, no check-in), so
 * that the portal's reminder job queues a message for each, ahead of the minute as it does for a
 * reminder alone, and its mail worker hands them to the benchmark's {@link SmtpSink} from the
 * minute on, while the load goes on. The clinic takes part only in runs that ask for it: before the
 * portal is deployed, every other run switches it off, so that its 100,000 programs add nothing to
 * the alert watch of the usual benchmark.
 *
 * <p>A baseline run ({@code bench.reminderBaseline=true}) is the same run with the clinic's
 * reminders switched off: its pages answered in the same minute are what a run with the reminders
 * is held to.
 */
final class ReminderMinute {

  static final String CLINIC = "bench-reminders";

  /** The domain of the clinic's patients' addresses, the one the mail server counts. */
  static final String DOMAIN = "reminders.bench.example";

  /** What the simulation writes and the report reads. */
  static final String FILE = "reminder-minute.txt";

  /**
   * The pages a baseline run answered, each timed from the minute it measured: kept until the next
   * baseline run, for the runs with reminders that follow it.
   */
  static final String BASELINE_FILE = "reminder-baseline.csv";

  private static final String DAYS = "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY";

  /** No benchmark database or owner yet (a first run): there is no clinic to switch. */
  private static final Set<String> NOT_THERE_YET = Set.of("3D000", "28000");

  private ReminderMinute() {}

  /**
   * Takes the clinic into this run or leaves it out, before the portal is deployed: a deployed
   * portal reads whether a clinic is active once and keeps it. Nothing to do on a database without
   * the clinic.
   */
  static void takePart(boolean active) {
    try (Connection owner = BenchDatabase.owner()) {
      if (!hasSchema(owner)) {
        return;
      }
      owner.setAutoCommit(false);
      try (PreparedStatement platform =
              owner.prepareStatement("select set_config('app.platform_work', 'on', true)");
          PreparedStatement update =
              owner.prepareStatement("update clinic set active = ? where code = ?")) {
        platform.execute();
        update.setBoolean(1, active);
        update.setString(2, CLINIC);
        if (update.executeUpdate() > 0) {
          System.out.printf(
              "[bench] %s %s this run%n", CLINIC, active ? "takes part in" : "is left out of");
        }
      }
      owner.commit();
    } catch (SQLException e) {
      if (NOT_THERE_YET.contains(e.getSQLState())) {
        return;
      }
      throw new IllegalStateException("Could not switch " + CLINIC, e);
    }
  }

  private static boolean hasSchema(Connection owner) throws SQLException {
    try (PreparedStatement query = owner.prepareStatement("select to_regclass('clinic')");
        ResultSet row = query.executeQuery()) {
      return row.next() && row.getString(1) != null;
    }
  }

  /**
   * Makes every reminder of the clinic due at the first odd whole minute from {@code notBefore},
   * or, in a baseline run ({@code send} false), switches them off, and clears the clinic's earlier
   * mail so that each run starts alike. The minute is odd so that it lies alike in every run
   * between the runs of the benchmark's alert watch, which starts every even minute.
   *
   * @return the minute, how many patients have a reminder in it, and whether it is sent
   */
  static Due schedule(Instant notBefore, boolean send) {
    Instant at = minuteFrom(notBefore);
    try (Connection owner = BenchDatabase.owner()) {
      long clinicId;
      ZoneId zone;
      try (PreparedStatement query =
          owner.prepareStatement("select id, time_zone from clinic where code = ?")) {
        query.setString(1, CLINIC);
        try (ResultSet row = query.executeQuery()) {
          if (!row.next()) {
            throw new IllegalStateException(
                CLINIC + " is missing: generate it with reminders=... in bench.data");
          }
          clinicId = row.getLong(1);
          zone = ZoneId.of(row.getString(2));
        }
      }
      try (PreparedStatement bind =
          owner.prepareStatement("select set_config('app.tenant_id', ?, false)")) {
        bind.setString(1, Long.toString(clinicId));
        bind.execute();
      }
      try (PreparedStatement clear =
          owner.prepareStatement("delete from outbound_mail where tenant_id = ?")) {
        clear.setLong(1, clinicId);
        clear.executeUpdate();
      }
      LocalTime time = at.atZone(zone).toLocalTime();
      try (PreparedStatement update =
          owner.prepareStatement(
              "update reminder_plan set times = ?, days = ?, quiet_start = null,"
                  + " quiet_end = null, reminders_on = ?, nudge_on = false,"
                  + " check_in_on = false, next_due_at = ?, next_due_ahead = true"
                  + " where tenant_id = ?")) {
        update.setString(1, time.toString());
        update.setString(2, DAYS);
        update.setBoolean(3, send);
        update.setTimestamp(4, send ? Timestamp.from(at) : null);
        update.setLong(5, clinicId);
        int plans = update.executeUpdate();
        return new Due(at, plans, clinicId, send);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not make the reminders of " + CLINIC + " due", e);
    }
  }

  /** The first odd whole minute from {@code notBefore}. */
  private static Instant minuteFrom(Instant notBefore) {
    Instant at = notBefore.truncatedTo(ChronoUnit.MINUTES);
    if (at.isBefore(notBefore)) {
      at = at.plus(1, ChronoUnit.MINUTES);
    }
    long minuteOfHour = at.getEpochSecond() / 60 % 60;
    return minuteOfHour % 2 == 1 ? at : at.plus(1, ChronoUnit.MINUTES);
  }

  /**
   * The minute the reminders fall due, for how many patients, in which clinic; {@code sent} false
   * in a baseline run, whose reminders are off.
   */
  record Due(Instant at, int patients, long clinicId, boolean sent) {}

  /**
   * Writes what the run found: when the reminders were due, how many, when the portal queued the
   * first of them, what the mail server took and when.
   */
  static void write(Path out, Due due, SmtpSink.Tally tally, Instant measuredFrom)
      throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("due=" + due.at().toEpochMilli());
    lines.add("sent=" + (due.sent() ? 1 : 0));
    lines.add("firstQueued=" + firstQueued(due).orElse(due.at()).toEpochMilli());
    lines.add("patients=" + due.patients());
    lines.add("measuredFrom=" + measuredFrom.toEpochMilli());
    lines.add("accepted=" + tally.messages());
    lines.add("recipients=" + tally.recipients());
    lines.add("firstAt=" + tally.firstAtMillis());
    lines.add("lastAt=" + tally.lastAtMillis());
    Files.write(out.resolve(FILE), lines);
  }

  /** When the portal queued the first of the minute's reminders, if it queued any. */
  private static Optional<Instant> firstQueued(Due due) {
    try (Connection owner = BenchDatabase.owner();
        PreparedStatement bind =
            owner.prepareStatement("select set_config('app.tenant_id', ?, false)");
        PreparedStatement query =
            owner.prepareStatement(
                "select min(queued_at) from outbound_mail where tenant_id = ?"
                    + " and kind = 'REMINDER'")) {
      bind.setString(1, Long.toString(due.clinicId()));
      bind.execute();
      query.setLong(1, due.clinicId());
      try (ResultSet row = query.executeQuery()) {
        row.next();
        Timestamp first = row.getTimestamp(1);
        return first == null ? Optional.empty() : Optional.of(first.toInstant());
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the outbox of " + CLINIC, e);
    }
  }

  /** What a run of the reminder minute found, read back for the report. */
  record Result(
      Instant due,
      boolean sent,
      Instant firstQueued,
      int patients,
      Instant measuredFrom,
      int accepted,
      int recipients,
      Optional<Instant> first,
      Optional<Instant> last) {

    static Optional<Result> read(Path file) throws IOException {
      if (!Files.exists(file)) {
        return Optional.empty();
      }
      Map<String, Long> values = new HashMap<>();
      for (String line : Files.readAllLines(file)) {
        int equals = line.indexOf('=');
        values.put(line.substring(0, equals), Long.parseLong(line.substring(equals + 1)));
      }
      long first = values.get("firstAt");
      long last = values.get("lastAt");
      return Optional.of(
          new Result(
              Instant.ofEpochMilli(values.get("due")),
              values.getOrDefault("sent", 1L) == 1L,
              Instant.ofEpochMilli(values.getOrDefault("firstQueued", values.get("due"))),
              values.get("patients").intValue(),
              Instant.ofEpochMilli(values.get("measuredFrom")),
              values.get("accepted").intValue(),
              values.get("recipients").intValue(),
              first == Long.MAX_VALUE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(first)),
              last == Long.MIN_VALUE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(last))));
    }
  }
}
