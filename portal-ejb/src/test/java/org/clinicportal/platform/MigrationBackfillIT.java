package org.clinicportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.clinicportal.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migrations that fill in a new column for the rows already there, run as the portal runs them: by
 * the schema's owner, whom row-level security holds too. Rows of two clinics are written at the
 * version before, as the portal would have left them, and read back after the migration.
 */
class MigrationBackfillIT {

  private static final String DATABASE = TestDatabase.name() + "_migrations";

  @Test
  void everyClinicsReplacedProgramVersionsLearnWhenTheyWereReplaced() throws SQLException {
    String url = TestDatabase.recreate(DATABASE);
    migrate(url, "25");
    try (Connection admin = TestDatabase.connectAsAdministrator(url)) {
      for (long clinic : new long[] {1, 2}) {
        program(admin, clinic, 10, 1, "SUPERSEDED", null, "2026-11-02T09:00:00Z");
        program(admin, clinic, 11, 2, "SUPERSEDED", 10L, "2026-11-09T10:30:00Z");
        program(admin, clinic, 12, 3, "ACTIVE", 11L, "2026-11-16T08:15:00Z");
        program(admin, clinic, 13, 4, "DRAFT", 12L, null);
      }
    }

    migrate(url, "26");

    try (Connection admin = TestDatabase.connectAsAdministrator(url);
        Statement sql = admin.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "select tenant_id, id, superseded_at from home_program order by tenant_id, id")) {
      Map<Long, OffsetDateTime> expected =
          Map.of(
              10L, OffsetDateTime.parse("2026-11-09T10:30:00Z"),
              11L, OffsetDateTime.parse("2026-11-16T08:15:00Z"));
      int read = 0;
      while (rows.next()) {
        read++;
        OffsetDateTime replaced = rows.getObject(3, OffsetDateTime.class);
        long version = rows.getLong(2) % 100;
        assertEquals(
            expected.get(version),
            replaced == null ? null : replaced.withOffsetSameInstant(ZoneOffset.UTC),
            "clinic " + rows.getLong(1) + ", program " + version);
      }
      assertEquals(8, read);
    }
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

  /**
   * A version of a program of the clinic's one patient; the first also writes the clinic, its
   * therapist and the patient. Ids are the clinic's hundreds plus the id given.
   */
  private static void program(
      Connection admin,
      long clinic,
      long id,
      int number,
      String status,
      Long previous,
      String activatedAt)
      throws SQLException {
    if (number == 1) {
      try (Statement sql = admin.createStatement()) {
        sql.execute(
            "insert into clinic (id, code, name) values ("
                + clinic
                + ", 'backfill-"
                + clinic
                + "', 'Backfill "
                + clinic
                + "')");
        sql.execute(
            "insert into app_user (tenant_id, id, username, display_name, password_hash, role)"
                + " values ("
                + clinic
                + ", "
                + (clinic * 100 + 1)
                + ", 'dana', 'Dana', 'x', 'THERAPIST')");
        sql.execute(
            "insert into patient"
                + " (tenant_id, id, record_number, first_name, last_name, date_of_birth, sex)"
                + " values ("
                + clinic
                + ", "
                + (clinic * 100 + 2)
                + ", 'R-1', 'Jordan', 'Lee', date '1980-01-01', 'UNKNOWN')");
      }
    }
    try (PreparedStatement insert =
        admin.prepareStatement(
            "insert into home_program (tenant_id, id, patient_id, number, status, title,"
                + " prescribed_by, created_at, starts_on, review_on, activated_at, previous_id)"
                + " values (?, ?, ?, ?, ?, 'Core', ?, timestamptz '2026-11-01 08:00+00', ?, ?, ?, ?)")) {
      insert.setLong(1, clinic);
      insert.setLong(2, clinic * 100 + id);
      insert.setLong(3, clinic * 100 + 2);
      insert.setInt(4, number);
      insert.setString(5, status);
      insert.setLong(6, clinic * 100 + 1);
      boolean started = activatedAt != null;
      OffsetDateTime at = started ? OffsetDateTime.parse(activatedAt) : null;
      insert.setObject(7, started ? at.toLocalDate() : null, Types.DATE);
      insert.setObject(8, started ? at.toLocalDate().plusDays(14) : null, Types.DATE);
      insert.setObject(9, at, Types.TIMESTAMP_WITH_TIMEZONE);
      if (previous == null) {
        insert.setNull(10, Types.BIGINT);
      } else {
        insert.setLong(10, clinic * 100 + previous);
      }
      insert.executeUpdate();
    }
  }
}
