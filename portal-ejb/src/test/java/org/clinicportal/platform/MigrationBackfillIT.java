package org.clinicportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clinicportal.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migrations that fill in what is new for the rows already there, run as the portal runs them: by
 * the schema's owner, whom row-level security holds too. Rows of two clinics are written at the
 * version before, as the portal would have left them, and read back after the migration. Each
 * clinic's ids are its number's hundreds plus the id a row is given here.
 */
class MigrationBackfillIT {

  private static final String DATABASE = TestDatabase.name() + "_migrations";
  private static final long[] CLINICS = {1, 2};

  @Test
  void everyClinicsReplacedProgramVersionsLearnWhenTheyWereReplaced() throws SQLException {
    String url = TestDatabase.recreate(DATABASE);
    migrate(url, "25");
    try (Connection admin = TestDatabase.connectAsAdministrator(url)) {
      for (long clinic : CLINICS) {
        clinicWithPatient(admin, clinic, 2);
        program(admin, clinic, 2, 10, 1, "SUPERSEDED", null, "2026-11-02T09:00:00Z");
        program(admin, clinic, 2, 11, 2, "SUPERSEDED", 10L, "2026-11-09T10:30:00Z");
        program(admin, clinic, 2, 12, 3, "ACTIVE", 11L, "2026-11-16T08:15:00Z");
        program(admin, clinic, 2, 13, 4, "DRAFT", 12L, null);
      }
    }

    migrate(url, "26");

    Map<Long, OffsetDateTime> expected =
        Map.of(
            10L, OffsetDateTime.parse("2026-11-09T10:30:00Z"),
            11L, OffsetDateTime.parse("2026-11-16T08:15:00Z"));
    List<String> read =
        rows(
            url,
            "select tenant_id, id, superseded_at from home_program order by tenant_id, id",
            row -> {
              OffsetDateTime replaced = row.getObject(3, OffsetDateTime.class);
              long version = row.getLong(2) % 100;
              assertEquals(
                  expected.get(version),
                  replaced == null ? null : replaced.withOffsetSameInstant(ZoneOffset.UTC),
                  "clinic " + row.getLong(1) + ", program " + version);
            });
    assertEquals(8, read.size());
  }

  @Test
  void everyClinicsRecordsMoveIntoOneOpenEpisodePerPatient() throws SQLException {
    String url = TestDatabase.recreate(DATABASE);
    migrate(url, "26");
    try (Connection admin = TestDatabase.connectAsAdministrator(url)) {
      for (long clinic : CLINICS) {
        clinicWithPatient(admin, clinic, 2);
        assessment(admin, clinic, 2, 20, "2026-10-05");
        assessment(admin, clinic, 2, 21, "2026-10-19");
        program(admin, clinic, 2, 10, 1, "ACTIVE", null, "2026-10-06T09:00:00Z");
        try (Statement sql = admin.createStatement()) {
          sql.execute(
              "update home_program set status = 'SUPERSEDED', superseded_at = timestamptz"
                  + " '2026-10-20 09:00+00' where id = "
                  + (clinic * 100 + 10));
        }
        program(admin, clinic, 2, 11, 2, "ACTIVE", 10L, "2026-10-20T09:00:00Z");
        patient(admin, clinic, 3);
        program(admin, clinic, 3, 30, 1, "ACTIVE", null, "2026-11-02T09:00:00Z");
        patient(admin, clinic, 4);
      }
    }

    migrate(url, "27");

    List<String> episodes =
        rows(
            url,
            "select tenant_id, patient_id % 100, opened_on, closed_on is null from episode"
                + " order by tenant_id, patient_id",
            row -> {});
    assertEquals(
        List.of(
            "1 2 2026-10-05 true",
            "1 3 2026-11-02 true",
            "2 2 2026-10-05 true",
            "2 3 2026-11-02 true"),
        episodes,
        "one open episode per patient with a record, from the first; none for a patient without");
    List<String> strays =
        rows(
            url,
            "select r.tenant_id, r.id from (select tenant_id, id, patient_id, episode_id from"
                + " assessment union all select tenant_id, id, patient_id, episode_id from"
                + " home_program) r join episode e on e.tenant_id = r.tenant_id and e.id ="
                + " r.episode_id where e.patient_id <> r.patient_id",
            row -> {});
    assertEquals(List.of(), strays, "every record in its own patient's episode");
    assertEquals(
        List.of("8"),
        rows(
            url,
            "select count(*) from assessment a join home_program p using (tenant_id,"
                + " episode_id)",
            row -> {}),
        "in both clinics, the two assessments and two program versions of one patient share its"
            + " episode");
  }

  @Test
  void everyClinicsJournalCheckInsAndAlertsJoinTheEpisodeTheyBelongTo() throws SQLException {
    String url = TestDatabase.recreate(DATABASE);
    migrate(url, "28");
    try (Connection admin = TestDatabase.connectAsAdministrator(url);
        Statement sql = admin.createStatement()) {
      for (long clinic : CLINICS) {
        clinicWithPatient(admin, clinic, 2);
        long base = clinic * 100;
        sql.execute(
            String.format(
                "insert into episode (tenant_id, id, patient_id, opened_on, closed_on,"
                    + " discharge_reason, discharged_at) values"
                    + " (%1$d, %2$d, %3$d, date '2026-10-01', date '2026-10-31', 'GOALS_MET',"
                    + " timestamptz '2026-10-31 12:00+00'),"
                    + " (%1$d, %4$d, %3$d, date '2026-11-01', null, null, null)",
                clinic, base + 40, base + 2, base + 41));
        sql.execute(
            String.format(
                "insert into home_program (tenant_id, id, patient_id, number, status, title,"
                    + " prescribed_by, created_at, starts_on, review_on, activated_at, episode_id)"
                    + " values (%d, %d, %d, 1, 'ACTIVE', 'Core', %d, timestamptz '2026-11-01"
                    + " 08:00+00', date '2026-11-01', date '2026-11-15', timestamptz '2026-11-01"
                    + " 09:00+00', %d)",
                clinic, base + 10, base + 2, base + 1, base + 41));
        journalEntry(sql, clinic, 50, base + 10, "2026-11-05", false);
        journalEntry(sql, clinic, 51, null, "2026-10-10", true);
        journalEntry(sql, clinic, 52, null, "2026-09-01", false);
        sql.execute(
            String.format(
                "insert into check_in (tenant_id, id, patient_id, program_id, week_ending,"
                    + " asked_at, open_until) values"
                    + " (%1$d, %2$d, %3$d, %4$d, date '2026-11-08', timestamptz '2026-11-08"
                    + " 17:00+00', timestamptz '2026-11-15 17:00+00'),"
                    + " (%1$d, %5$d, %3$d, null, date '2026-10-11', timestamptz '2026-10-11"
                    + " 17:00+00', timestamptz '2026-10-18 17:00+00')",
                clinic, base + 60, base + 2, base + 10, base + 61));
        sql.execute(
            String.format(
                "insert into patient_alert (tenant_id, id, patient_id, kind, reason_key,"
                    + " raised_at, dated, journal_entry_id) values"
                    + " (%1$d, %2$d, %3$d, 'SAFETY', 'entry:%4$d', timestamptz '2026-10-10"
                    + " 18:00+00', date '2026-10-10', %4$d),"
                    + " (%1$d, %5$d, %3$d, 'NO_PROGRESS', 'program:%6$d', timestamptz '2026-11-15"
                    + " 07:00+00', date '2026-11-15', null),"
                    + " (%1$d, %7$d, %3$d, 'SILENCE', 'since:2026-10-20', timestamptz '2026-10-24"
                    + " 07:00+00', date '2026-10-20', null)",
                clinic, base + 70, base + 2, base + 51, base + 71, base + 10, base + 72));
      }
    }

    migrate(url, "29");

    List<String> expected = new ArrayList<>();
    for (long clinic : CLINICS) {
      expected.addAll(
          List.of(
              clinic + " check_in 60 41",
              clinic + " check_in 61 40",
              clinic + " journal_entry 50 41",
              clinic + " journal_entry 51 40",
              clinic + " journal_entry 52 null",
              clinic + " patient_alert 70 40",
              clinic + " patient_alert 71 41",
              clinic + " patient_alert 72 40"));
    }
    assertEquals(
        expected,
        rows(
            url,
            "select tenant_id, kind, id % 100, episode_id % 100 from (select tenant_id,"
                + " 'journal_entry' kind, id, episode_id from journal_entry union all select"
                + " tenant_id, 'check_in', id, episode_id from check_in union all select"
                + " tenant_id, 'patient_alert', id, episode_id from patient_alert) r"
                + " order by tenant_id, kind, id",
            row -> {}),
        "a program's records in its episode, an entry's alert in the entry's, the others in the"
            + " episode covering their day, closed or open, and none before the first episode");
  }

  private static void journalEntry(
      Statement sql, long clinic, long id, Long program, String on, boolean safetyYes)
      throws SQLException {
    sql.execute(
        String.format(
            "insert into journal_entry (tenant_id, id, patient_id, program_id, session_on,"
                + " recorded_at, pain_before, pain_after, effort, saddle_numbness,"
                + " bladder_or_bowel, leg_weakness, fever, submission_key) values (%d, %d, %d,"
                + " %s, date '%s', timestamptz '%s 18:00+00', 5, 4, 3, %b, false, false, false,"
                + " 'key-%d')",
            clinic, clinic * 100 + id, clinic * 100 + 2, program, on, on, safetyYes, id));
  }

  @FunctionalInterface
  private interface RowCheck {
    void check(ResultSet row) throws SQLException;
  }

  /** Each row as its columns joined by spaces, after the check has seen it. */
  private static List<String> rows(String url, String query, RowCheck check) throws SQLException {
    List<String> read = new ArrayList<>();
    try (Connection admin = TestDatabase.connectAsAdministrator(url);
        Statement sql = admin.createStatement();
        ResultSet row = sql.executeQuery(query)) {
      int columns = row.getMetaData().getColumnCount();
      while (row.next()) {
        check.check(row);
        List<String> values = new ArrayList<>();
        for (int column = 1; column <= columns; column++) {
          values.add(String.valueOf(row.getObject(column)));
        }
        read.add(String.join(" ", values));
      }
    }
    return read;
  }

  private static void migrate(String url, String version) {
    Flyway.configure()
        .dataSource(url, TestDatabase.OWNER, TestDatabase.OWNER_PASSWORD)
        .locations("classpath:db/migration")
        .placeholders(Map.of("appRole", TestDatabase.USER))
        .target(version)
        .load()
        .migrate();
  }

  /** A clinic with its therapist (id 1) and a first patient. */
  private static void clinicWithPatient(Connection admin, long clinic, long patient)
      throws SQLException {
    try (Statement sql = admin.createStatement()) {
      sql.execute(
          String.format(
              "insert into clinic (id, code, name) values (%d, 'backfill-%d', 'Backfill %d')",
              clinic, clinic, clinic));
      sql.execute(
          String.format(
              "insert into app_user (tenant_id, id, username, display_name, password_hash, role)"
                  + " values (%d, %d, 'dana', 'Dana', 'x', 'THERAPIST')",
              clinic, clinic * 100 + 1));
    }
    patient(admin, clinic, patient);
  }

  private static void patient(Connection admin, long clinic, long patient) throws SQLException {
    try (Statement sql = admin.createStatement()) {
      sql.execute(
          String.format(
              "insert into patient"
                  + " (tenant_id, id, record_number, first_name, last_name, date_of_birth, sex)"
                  + " values (%d, %d, 'R-%d', 'Jordan', 'Lee', date '1980-01-01', 'UNKNOWN')",
              clinic, clinic * 100 + patient, patient));
    }
  }

  private static void assessment(Connection admin, long clinic, long patient, long id, String on)
      throws SQLException {
    try (Statement sql = admin.createStatement()) {
      sql.execute(
          String.format(
              "insert into assessment (tenant_id, id, patient_id, examiner_id, assessed_on,"
                  + " status, created_at) values (%d, %d, %d, %d, date '%s', 'DRAFT', now())",
              clinic, clinic * 100 + id, clinic * 100 + patient, clinic * 100 + 1, on));
    }
  }

  private static void program(
      Connection admin,
      long clinic,
      long patient,
      long id,
      int number,
      String status,
      Long previous,
      String activatedAt)
      throws SQLException {
    try (PreparedStatement insert =
        admin.prepareStatement(
            "insert into home_program (tenant_id, id, patient_id, number, status, title,"
                + " prescribed_by, created_at, starts_on, review_on, activated_at, previous_id)"
                + " values (?, ?, ?, ?, ?, 'Core', ?, ?, ?, ?, ?, ?)")) {
      boolean started = activatedAt != null;
      OffsetDateTime at = started ? OffsetDateTime.parse(activatedAt) : null;
      LocalDate startsOn = started ? at.toLocalDate() : null;
      insert.setLong(1, clinic);
      insert.setLong(2, clinic * 100 + id);
      insert.setLong(3, clinic * 100 + patient);
      insert.setInt(4, number);
      insert.setString(5, status);
      insert.setLong(6, clinic * 100 + 1);
      insert.setObject(
          7,
          started ? at.minusHours(1) : OffsetDateTime.parse("2026-11-20T08:00:00Z"),
          Types.TIMESTAMP_WITH_TIMEZONE);
      insert.setObject(8, startsOn, Types.DATE);
      insert.setObject(9, started ? startsOn.plusDays(14) : null, Types.DATE);
      insert.setObject(10, at, Types.TIMESTAMP_WITH_TIMEZONE);
      if (previous == null) {
        insert.setNull(11, Types.BIGINT);
      } else {
        insert.setLong(11, clinic * 100 + previous);
      }
      insert.executeUpdate();
    }
  }
}
