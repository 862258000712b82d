package org.clinicportal.platform;

import static org.clinicportal.assessment.AssessmentFixtures.aQuadratusLumborumCase;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.clinicportal.assessment.Assessment;
import org.clinicportal.assessment.Assessments;
import org.clinicportal.assessment.RedFlag;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Clinics;
import org.clinicportal.clinic.Profession;
import org.clinicportal.clinic.Therapist;
import org.clinicportal.clinic.Therapists;
import org.clinicportal.exchange.BackendTokens;
import org.clinicportal.exchange.BulkExports;
import org.clinicportal.exchange.ExportLevel;
import org.clinicportal.exchange.ExportStatus;
import org.clinicportal.exchange.FhirClients;
import org.clinicportal.exchange.FhirScope;
import org.clinicportal.exchange.SmartClient;
import org.clinicportal.exercise.ExerciseDetails;
import org.clinicportal.exercise.ExerciseKind;
import org.clinicportal.exercise.ExerciseLibrary;
import org.clinicportal.exercise.ExerciseWords;
import org.clinicportal.homecare.CheckIns;
import org.clinicportal.homecare.HomeCare;
import org.clinicportal.homecare.JournalForm;
import org.clinicportal.homecare.LogOutcome;
import org.clinicportal.mail.Mail;
import org.clinicportal.mail.MailKind;
import org.clinicportal.mail.Outbox;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.PatientAccounts;
import org.clinicportal.patient.PatientRecords;
import org.clinicportal.patient.Patients;
import org.clinicportal.program.HomeProgram;
import org.clinicportal.program.HomePrograms;
import org.clinicportal.program.ProgramPlan;
import org.clinicportal.security.UserAccount;
import org.clinicportal.security.UserAccounts;
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
 * plain SQL as the portal's database role, where no tenant filter of the ORM can help. The clinic
 * tables are read from the catalog (every table with a {@code tenant_id}), and both clinics hold
 * rows in every one of them, made through the services, so that no table passes for want of
 * anything to hide.
 */
@ExtendWith(ArquillianExtension.class)
class RowLevelSecurityIT {

  private static final Logger LOG = Logger.getLogger(RowLevelSecurityIT.class.getName());

  /** The server's pool of connections as the portal's role (max-pool-size of the test WAR). */
  private static final int POOL_SIZE = 8;

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.shared();
  }

  @Inject private Tenancy tenancy;
  @Inject private Clinics clinics;
  @Inject private UserAccounts accounts;
  @Inject private Therapists therapists;
  @Inject private Patients patients;
  @Inject private PatientRecords records;
  @Inject private PatientAccounts patientAccounts;
  @Inject private Assessments assessments;
  @Inject private HomePrograms programs;
  @Inject private HomeCare homeCare;
  @Inject private Outbox outbox;
  @Inject private CheckIns checkIns;
  @Inject private FhirClients fhirClients;
  @Inject private BackendTokens backendTokens;
  @Inject private BulkExports bulkExports;
  @Inject private PortalAddress portal;
  @Inject private ExerciseLibrary library;

  @Resource(lookup = "java:app/jdbc/portal")
  private DataSource pool;

  private long a;
  private long b;
  private long patientOfB;

  @BeforeEach
  void openTwoClinics() throws Exception {
    a = clinicWithACase(uniqueCode("rls-a")).clinicId();
    Opened ofB = clinicWithACase(uniqueCode("rls-b"));
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
    List<String> tables = clinicTables();
    Map<String, Integer> rowsOfB = rowsPerTable(tables, b);
    List<String> seenByA = new ArrayList<>();
    List<String> hiddenFromB = new ArrayList<>();
    try (Connection portal = TestDatabase.connectAsApplication()) {
      TestDatabase.bindClinic(portal, a);
      for (String table : tables) {
        int seen =
            count(portal, "select count(*) from " + table + " where tenant_id <> " + a)
                + count(portal, "select count(*) from " + table + " where tenant_id = " + b);
        if (seen > 0) {
          seenByA.add(table + " (" + seen + ")");
        }
      }
      assertEquals(1, count(portal, "select count(*) from patient"));
      portal.rollback();

      TestDatabase.bindClinic(portal, b);
      for (String table : tables) {
        int own = count(portal, "select count(*) from " + table);
        if (own != rowsOfB.get(table)) {
          hiddenFromB.add(table + " (" + own + " of " + rowsOfB.get(table) + ")");
        }
      }
      portal.rollback();
    }
    int existing = rowsOfB.values().stream().mapToInt(Integer::intValue).sum();
    LOG.info(
        () ->
            String.format(
                "Row-level security reads: %d clinic tables, %d rows of the other clinic in them;"
                    + " a clinic saw them in %d tables; their own clinic saw all of them in %d",
                tables.size(), existing, seenByA.size(), tables.size() - hiddenFromB.size()));
    assertEquals(List.of(), emptyTables(rowsOfB), "clinic tables with no row of the other clinic");
    assertEquals(List.of(), seenByA, "tables where a clinic saw rows of another");
    assertEquals(List.of(), hiddenFromB, "tables where a clinic did not see all of its own rows");
  }

  @Test
  void withNoClinicNamedNoRowIsVisible() throws SQLException {
    List<String> tables = clinicTables();
    assertEquals(List.of(), emptyTables(rowsPerTable(tables, b)), "tables with nothing to hide");
    try (Connection portal = TestDatabase.connectAsApplication()) {
      for (String table : tables) {
        assertEquals(0, count(portal, "select count(*) from " + table), table);
      }
    }
  }

  /**
   * Bound to one clinic, plain SQL tries on every clinic table to insert a copy of a row of the
   * other clinic, to update and to delete the other clinic's rows, and to move its own rows into
   * the other clinic. Each is refused or touches no row, and the rows of both clinics are the same
   * afterwards, as the administrator reads them.
   */
  @Test
  void boundToOneClinicPlainSqlCannotWriteIntoAnother() throws SQLException {
    List<String> tables = clinicTables();
    assertEquals(
        List.of(), emptyTables(rowsPerTable(tables, b)), "clinic tables with no row of the other");
    assertEquals(List.of(), emptyTables(rowsPerTable(tables, a)), "clinic tables with no own row");
    Map<String, String> before = digests(tables);
    List<String> through = new ArrayList<>();
    int refused = 0;
    int untouched = 0;
    try (Connection admin = TestDatabase.connectAsAdministrator();
        Connection portal = TestDatabase.connectAsApplication()) {
      for (String table : tables) {
        for (CrossWrite write : crossWrites(table, oneRowAsJson(admin, table, b))) {
          TestDatabase.bindClinic(portal, a);
          try {
            int changed = portal.createStatement().executeUpdate(write.sql());
            if (changed == 0 && write.mayTouchNothing()) {
              untouched++;
            } else {
              through.add(table + ": " + write.what() + " (" + changed + " rows)");
            }
          } catch (SQLException refusal) {
            if (REFUSED.contains(refusal.getSQLState())) {
              refused++;
            } else {
              through.add(table + ": " + write.what() + " failed otherwise: " + refusal);
            }
          } finally {
            portal.rollback();
          }
        }
      }
    }
    int attempts = refused + untouched + through.size();
    int refusedWrites = refused;
    int untouchedWrites = untouched;
    LOG.info(
        () ->
            String.format(
                "Row-level security writes: %d clinic tables, %d writes across clinics: %d"
                    + " refused, %d touched no row, %d went through",
                tables.size(), attempts, refusedWrites, untouchedWrites, through.size()));
    assertEquals(List.of(), through, "writes across clinics that were not stopped");
    assertEquals(before, digests(tables), "rows changed by writes across clinics");
    Patient unchanged = tenancy.callAsClinic(b, () -> patients.find(patientOfB).orElseThrow());
    assertEquals("Robin", unchanged.getFirstName());
  }

  /**
   * The register of clinics is read by anyone, but bound to one clinic the portal's role changes
   * only that clinic's row; adding or removing a clinic, or changing another, takes work that names
   * itself platform work. Each refusal is set beside the same write let through where it is due.
   */
  @Test
  void boundToOneClinicPlainSqlChangesOnlyThatClinicsRowInTheRegister() throws SQLException {
    String rename = "update clinic set name = name || ' (renamed)' where id = ";
    String copy =
        "insert into clinic (id, code, name) select id + 1, code || '-copy', name"
            + " from clinic where id = ";
    try (Connection portal = TestDatabase.connectAsApplication()) {
      TestDatabase.bindClinic(portal, a);
      assertEquals(
          2, count(portal, "select count(*) from clinic where id in (" + a + "," + b + ")"));
      assertEquals(1, portal.createStatement().executeUpdate(rename + a), "its own row");
      assertEquals(0, portal.createStatement().executeUpdate(rename + b), "another clinic's row");
      assertEquals(0, portal.createStatement().executeUpdate("delete from clinic where id = " + b));
      portal.rollback();

      TestDatabase.bindClinic(portal, a);
      SQLException refused =
          assertThrows(SQLException.class, () -> portal.createStatement().executeUpdate(copy + b));
      assertEquals("42501", refused.getSQLState(), refused.getMessage());
      portal.rollback();

      declarePlatformWork(portal);
      assertEquals(1, portal.createStatement().executeUpdate(rename + b), "platform work");
      assertEquals(1, portal.createStatement().executeUpdate(copy + b), "platform work");
      portal.rollback();
    }
    assertFalse(nameOf(b).endsWith("(renamed)"), "the other clinic's name is as it was");
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

  /**
   * The answers that mean the database refused a write: 42501 for row-level security or a missing
   * privilege (the audit trail cannot be updated or deleted), P0001 for the triggers that keep a
   * signed assessment and its findings as they were signed.
   */
  private static final Set<String> REFUSED = Set.of("42501", "P0001");

  /** A write across clinics; {@code mayTouchNothing} when touching no row counts as stopped. */
  private record CrossWrite(String what, String sql, boolean mayTouchNothing) {}

  private List<CrossWrite> crossWrites(String table, String rowOfB) throws SQLException {
    String columns = String.join(", ", insertableColumns(table));
    return List.of(
        new CrossWrite(
            "insert a copy of a row of the other clinic",
            "insert into "
                + table
                + " ("
                + columns
                + ") select "
                + columns
                + " from jsonb_populate_record(null::"
                + table
                + ", '"
                + rowOfB.replace("'", "''")
                + "'::jsonb)",
            false),
        new CrossWrite(
            "update the other clinic's rows",
            "update " + table + " set tenant_id = tenant_id where tenant_id = " + b,
            true),
        new CrossWrite(
            "delete the other clinic's rows",
            "delete from " + table + " where tenant_id = " + b,
            true),
        new CrossWrite(
            "move its own rows into the other clinic",
            "update " + table + " set tenant_id = " + b + " where tenant_id = " + a,
            false));
  }

  /**
   * A clinic with a therapist, an administrator and a patient with a portal account; a signed
   * assessment with findings and a red flag, and its clearance; an active program, and a template
   * made from it; a round logged and a journal entry that raised an alert. With the exercises every
   * clinic is given and the audit trail the services write, that is a row in every clinic table.
   */
  private Opened clinicWithACase(String code) throws Exception {
    Clinic clinic = clinics.open(new Clinic(code, "Clinic " + code));
    ClinicPrincipal admin =
        account(clinic, "admin", Role.CLINIC_ADMIN).principalIn(clinic.identity());
    UserAccount therapistAccount = account(clinic, "therapist", Role.THERAPIST);
    Therapist registered =
        tenancy.callAsClinic(
            clinic.getId(),
            () ->
                therapists.register(
                    new Therapist(therapistAccount, Profession.MASSAGE_THERAPIST, null)));
    ClinicPrincipal therapist = therapistAccount.principalIn(clinic.identity());
    Patient robin =
        tenancy.callAs(
            admin,
            () ->
                records.register(
                    aPatient().named("Robin", "Marsh").treatedBy(registered.getId()).details()));
    long robinsAccount =
        tenancy.callAs(admin, () -> patientAccounts.open(robin.getId(), "robin")).accountId();
    ClinicPrincipal patient =
        tenancy
            .callAsClinic(clinic.getId(), () -> accounts.find(robinsAccount))
            .orElseThrow()
            .principalIn(clinic.identity());
    HomeProgram active =
        tenancy.callAs(
            therapist,
            () -> {
              Assessment draft = assessments.start(robin.getId());
              Assessment signed =
                  assessments.sign(
                      draft.getId(),
                      draft.getVersion(),
                      aQuadratusLumborumCase().withRedFlag(RedFlag.FOOT_DROP).form());
              assessments.clear(signed.getId(), "Neurology review: old, stable foot drop");
              ProgramPlan plan = programs.suggest(robin.getId(), "QL release");
              HomeProgram started = programs.startDraft(robin.getId(), plan);
              HomeProgram activated =
                  programs.activate(
                      started.getId(), started.getVersion(), LocalDate.now(ZoneOffset.UTC), null);
              programs.saveAsTemplate(activated.getId(), "QL release");
              return activated;
            });
    tenancy.callAs(
        therapist,
        () -> {
          ExerciseDetails band = new ExerciseDetails();
          band.setName("Band pull-apart");
          band.setKind(ExerciseKind.STRENGTHEN);
          band.setPurpose("Upper back");
          band.setInstructions("Hold the band at shoulder height.\nPull it apart slowly.");
          ExerciseWords polish = new ExerciseWords();
          polish.setName("Rozciąganie taśmy");
          polish.setPurpose("Górna część pleców");
          polish.setInstructions("Trzymaj taśmę na wysokości barków.\nRozciągaj ją powoli.");
          return library.translate(library.add(band, null).getId(), Language.POLISH, polish);
        });
    SmartClient analytics = SmartClient.withNewKey();
    analytics.registeredAs(
        tenancy
            .callAs(
                admin,
                () ->
                    fhirClients.register(
                        "Analytics", analytics.publicKey(), EnumSet.of(FhirScope.PATIENT)))
            .clientId());
    String token =
        backendTokens
            .issue(
                BackendTokens.GRANT_TYPE,
                BackendTokens.ASSERTION_TYPE,
                analytics.assertion(portal.of(BackendTokens.TOKEN_PATH)),
                "system/Patient.rs")
            .token();
    String job = bulkExports.start(token, ExportLevel.SYSTEM, null, null, "rls").jobId();
    Instant until = Instant.now().plusSeconds(30);
    while (bulkExports.status(token, job).status() == ExportStatus.RUNNING
        && Instant.now().isBefore(until)) {
      Thread.sleep(50);
    }
    if (bulkExports.status(token, job).status() == ExportStatus.RUNNING) {
      throw new IllegalStateException("The clinic's export did not finish; its rows would move");
    }
    long firstItem = active.getItems().get(0).getId();
    tenancy.callAs(patient, () -> homeCare.log(firstItem, 1, LogOutcome.DONE, null));
    JournalForm worrying = new JournalForm();
    worrying.setProgramId(active.getId());
    worrying.setPainBefore(4);
    worrying.setPainAfter(6);
    worrying.setEffort(4);
    worrying.setNote("Leg felt weak on the stairs");
    worrying.setSaddleNumbness(false);
    worrying.setBladderOrBowel(false);
    worrying.setLegWeakness(true);
    worrying.setFever(false);
    tenancy.callAs(patient, () -> homeCare.record(worrying));
    tenancy.callAsClinic(
        clinic.getId(),
        () ->
            outbox.queue(
                new Mail(
                    MailKind.REMINDER,
                    "reminder-" + code,
                    "robin@example.org",
                    "Time for today's exercises",
                    "Your plan is ready",
                    null)));
    tenancy.callAsClinic(
        clinic.getId(),
        () -> checkIns.ask(robin, active, LocalDate.now(ZoneOffset.UTC), Instant.now()));
    return new Opened(clinic.getId(), robin.getId());
  }

  private UserAccount account(Clinic clinic, String username, Role role) throws Exception {
    return tenancy.callAsClinic(
        clinic.getId(),
        () -> accounts.open(username, username + " of " + clinic.getName(), role, PASSWORD));
  }

  private record Opened(long clinicId, long patientId) {}

  /** Each clinic table's rows of one clinic, counted past row-level security. */
  private static Map<String, Integer> rowsPerTable(List<String> tables, long clinicId)
      throws SQLException {
    Map<String, Integer> rows = new LinkedHashMap<>();
    try (Connection admin = TestDatabase.connectAsAdministrator()) {
      for (String table : tables) {
        rows.put(
            table,
            count(admin, "select count(*) from " + table + " where tenant_id = " + clinicId));
      }
    }
    return rows;
  }

  private static List<String> emptyTables(Map<String, Integer> rowsPerTable) {
    return rowsPerTable.entrySet().stream()
        .filter(table -> table.getValue() == 0)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** A digest of every row of every clinic table, read past row-level security. */
  private static Map<String, String> digests(List<String> tables) throws SQLException {
    Map<String, String> digests = new LinkedHashMap<>();
    try (Connection admin = TestDatabase.connectAsAdministrator()) {
      for (String table : tables) {
        try (ResultSet row =
            admin
                .createStatement()
                .executeQuery(
                    "select count(*) || ':' || coalesce(md5(string_agg(t::text, ',' order by"
                        + " t::text)), '') from "
                        + table
                        + " t")) {
          row.next();
          digests.put(table, row.getString(1));
        }
      }
    }
    return digests;
  }

  private static String oneRowAsJson(Connection admin, String table, long clinicId)
      throws SQLException {
    try (ResultSet row =
        admin
            .createStatement()
            .executeQuery(
                "select to_jsonb(t)::text from "
                    + table
                    + " t where tenant_id = "
                    + clinicId
                    + " limit 1")) {
      if (!row.next()) {
        throw new IllegalStateException(table + " holds no row of clinic " + clinicId);
      }
      return row.getString(1);
    }
  }

  /** The table's columns that an insert may name: all but the generated ones. */
  private static List<String> insertableColumns(String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (Connection owner = TestDatabase.connectAsOwner();
        PreparedStatement query =
            owner.prepareStatement(
                "select column_name from information_schema.columns where table_schema ="
                    + " current_schema() and table_name = ? and is_generated = 'NEVER' order by"
                    + " ordinal_position")) {
      query.setString(1, table);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          columns.add(rows.getString(1));
        }
      }
    }
    return columns;
  }

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

  private static void declarePlatformWork(Connection db) throws SQLException {
    try (PreparedStatement work =
        db.prepareStatement("select set_config('app.platform_work', 'on', true)")) {
      work.executeQuery().close();
    }
  }

  private static String nameOf(long clinic) throws SQLException {
    try (Connection owner = TestDatabase.connectAsOwner();
        ResultSet name =
            owner.createStatement().executeQuery("select name from clinic where id = " + clinic)) {
      assertTrue(name.next());
      return name.getString(1);
    }
  }

  private static int count(Connection db, String query) throws SQLException {
    try (ResultSet row = db.createStatement().executeQuery(query)) {
      row.next();
      return row.getInt(1);
    }
  }
}
