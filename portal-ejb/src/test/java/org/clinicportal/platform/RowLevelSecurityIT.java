package org.clinicportal.platform;

import static org.clinicportal.patient.PatientFixtures.aPatient;
import static org.clinicportal.testsupport.ClinicFixture.PASSWORD;
import static org.clinicportal.testsupport.ClinicFixture.uniqueCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Clinics;
import org.clinicportal.clinic.Profession;
import org.clinicportal.clinic.Therapist;
import org.clinicportal.clinic.Therapists;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.PatientRecords;
import org.clinicportal.patient.Patients;
import org.clinicportal.security.Role;
import org.clinicportal.security.UserAccount;
import org.clinicportal.security.UserAccounts;
import org.clinicportal.testsupport.ClinicFixture;
import org.clinicportal.testsupport.PortalDeployment;
import org.clinicportal.testsupport.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PostgreSQL keeps each clinic to its own rows on its own: these checks go around EclipseLink with
 * plain SQL as the portal's database role, where no tenant filter of the ORM can help.
 */
@ExtendWith(ArquillianExtension.class)
class RowLevelSecurityIT {

  private static final Logger LOG = Logger.getLogger(RowLevelSecurityIT.class.getName());

  /** The server's pool of connections as the portal's role (max-pool-size of the test WAR). */
  private static final int POOL_SIZE = 8;

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.of("row-level-security").build();
  }

  @Inject private Tenancy tenancy;
  @Inject private Clinics clinics;
  @Inject private UserAccounts accounts;
  @Inject private Therapists therapists;
  @Inject private Patients patients;
  @Inject private PatientRecords records;

  @Resource(lookup = "java:app/jdbc/portal")
  private DataSource pool;

  private long a;
  private long b;
  private long patientOfB;

  @BeforeEach
  void openTwoClinics() throws Exception {
    a = clinicWithAPatient(uniqueCode("rls-a")).clinicId();
    Opened ofB = clinicWithAPatient(uniqueCode("rls-b"));
    b = ofB.clinicId();
    patientOfB = ofB.patientId();
  }

  @Test
  void everyClinicTableIsForcedUnderAPolicy() throws SQLException {
    List<String> tables = clinicTables();
    List<String> unguarded = new ArrayList<>();
    try (Connection owner = TestDatabase.connectAsOwner();
        PreparedStatement guard =
            owner.prepareStatement(
                "select c.relrowsecurity and c.relforcerowsecurity"
                    + " and exists (select 1 from pg_policies p where p.tablename = c.relname)"
                    + " from pg_class c where c.relname = ?"
                    + " and c.relnamespace = current_schema()::regnamespace")) {
      for (String table : tables) {
        guard.setString(1, table);
        try (ResultSet row = guard.executeQuery()) {
          if (!row.next() || !row.getBoolean(1)) {
            unguarded.add(table);
          }
        }
      }
    }
    LOG.info(() -> tables.size() + " clinic tables under row-level security: " + tables);
    assertTrue(tables.size() >= 17, "clinic tables found: " + tables);
    assertEquals(List.of(), unguarded, "clinic tables without forced row-level security");
  }

  @Test
  void thePortalsRoleIsAnOrdinaryRoleThatOwnsNothing() throws SQLException {
    try (Connection portal = pool.getConnection();
        ResultSet role =
            portal
                .createStatement()
                .executeQuery(
                    "select r.rolsuper, r.rolbypassrls,"
                        + " (select count(*) from pg_class c where c.relowner = r.oid)"
                        + " from pg_roles r where r.rolname = current_user")) {
      assertTrue(role.next());
      assertFalse(role.getBoolean(1), "superuser");
      assertFalse(role.getBoolean(2), "bypasses row-level security");
      assertEquals(0, role.getLong(3), "relations owned");
    }
  }

  @Test
  void boundToOneClinicPlainSqlSeesNoRowOfAnotherInAnyTable() throws SQLException {
    int othersRows = 0;
    int seen = 0;
    try (Connection admin = TestDatabase.connectAsAdministrator();
        Connection portal = TestDatabase.connectAsApplication()) {
      TestDatabase.bindClinic(portal, a);
      for (String table : clinicTables()) {
        String ofB = "select count(*) from " + table + " where tenant_id = " + b;
        othersRows += count(admin, ofB);
        seen += count(portal, ofB);
        assertEquals(
            0, count(portal, "select count(*) from " + table + " where tenant_id <> " + a), table);
      }
      assertEquals(1, count(portal, "select count(*) from patient"));
      portal.rollback();
    }
    int existing = othersRows;
    LOG.info(() -> "Rows of the other clinic: " + existing + " in the database, 0 seen");
    assertTrue(othersRows >= 3, "the other clinic has rows to hide (account, therapist, patient)");
    assertEquals(0, seen);
  }

  @Test
  void withNoClinicNamedNoRowIsVisible() throws SQLException {
    try (Connection portal = TestDatabase.connectAsApplication()) {
      for (String table : clinicTables()) {
        assertEquals(0, count(portal, "select count(*) from " + table), table);
      }
    }
  }

  @Test
  void boundToOneClinicPlainSqlCannotWriteIntoAnother() throws SQLException {
    try (Connection portal = TestDatabase.connectAsApplication()) {
      TestDatabase.bindClinic(portal, a);
      SQLException insert =
          assertThrows(
              SQLException.class,
              () ->
                  portal
                      .createStatement()
                      .executeUpdate(
                          "insert into patient (tenant_id, id, record_number, first_name,"
                              + " last_name, date_of_birth, sex) values ("
                              + b
                              + ", 1, 'X-1', 'Kim', 'Park', date '1980-01-01', 'UNKNOWN')"));
      assertEquals("42501", insert.getSQLState());
      assertTrue(insert.getMessage().contains("row-level security"), insert.getMessage());
      portal.rollback();

      TestDatabase.bindClinic(portal, a);
      assertEquals(
          0,
          portal
              .createStatement()
              .executeUpdate("update patient set first_name = 'Changed' where id = " + patientOfB));
      assertEquals(
          0, portal.createStatement().executeUpdate("delete from app_user where tenant_id = " + b));
      SQLException move =
          assertThrows(
              SQLException.class,
              () ->
                  portal
                      .createStatement()
                      .executeUpdate("update patient set tenant_id = " + b + " where true"));
      assertEquals("42501", move.getSQLState());
      portal.rollback();
    }
    Patient untouched = tenancy.callAsClinic(b, () -> patients.find(patientOfB).orElseThrow());
    assertEquals("Robin", untouched.getFirstName());
  }

  @Test
  void aPooledConnectionCarriesNoClinicIntoItsNextUse() throws Exception {
    for (int round = 0; round < 10; round++) {
      long clinic = round % 2 == 0 ? a : b;
      assertEquals(1L, tenancy.callAsClinic(clinic, () -> patients.count()));
    }
    List<Connection> all = new ArrayList<>();
    try {
      for (int i = 0; i < POOL_SIZE; i++) {
        all.add(pool.getConnection());
      }
      for (Connection connection : all) {
        try (ResultSet setting =
            connection
                .createStatement()
                .executeQuery("select coalesce(current_setting('app.tenant_id', true), '')")) {
          setting.next();
          assertEquals("", setting.getString(1), "a clinic left on a pooled connection");
        }
        assertEquals(0, count(connection, "select count(*) from patient"));
      }
    } finally {
      for (Connection connection : all) {
        connection.close();
      }
    }
  }

  private Opened clinicWithAPatient(String code) throws Exception {
    Clinic clinic = clinics.open(new Clinic(code, "Clinic " + code));
    Patient patient =
        tenancy.callAs(
            ClinicFixture.signedIn(clinic.getId(), Role.CLINIC_ADMIN),
            () -> {
              UserAccount account =
                  accounts.open("therapist", "Therapist of " + code, Role.THERAPIST, PASSWORD);
              Therapist therapist =
                  therapists.register(new Therapist(account, Profession.MASSAGE_THERAPIST, null));
              return records.register(
                  aPatient().named("Robin", "Marsh").treatedBy(therapist.getId()).details());
            });
    return new Opened(clinic.getId(), patient.getId());
  }

  private record Opened(long clinicId, long patientId) {}

  private static List<String> clinicTables() throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Connection owner = TestDatabase.connectAsOwner();
        ResultSet rows =
            owner
                .createStatement()
                .executeQuery(
                    "select c.table_name from information_schema.columns c"
                        + " join information_schema.tables t on t.table_schema = c.table_schema"
                        + " and t.table_name = c.table_name"
                        + " where c.table_schema = current_schema() and c.column_name = 'tenant_id'"
                        + " and t.table_type = 'BASE TABLE' order by 1")) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    }
    return tables;
  }

  private static int count(Connection db, String query) throws SQLException {
    try (ResultSet row = db.createStatement().executeQuery(query)) {
      row.next();
      return row.getInt(1);
    }
  }
}
