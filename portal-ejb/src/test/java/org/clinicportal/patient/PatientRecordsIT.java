package org.clinicportal.patient;

import static org.clinicportal.patient.PatientFixtures.aPatient;
import static org.clinicportal.testsupport.ClinicFixture.PASSWORD;
import static org.clinicportal.testsupport.ClinicFixture.signedIn;
import static org.clinicportal.testsupport.ClinicFixture.uniqueCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.lang.ref.WeakReference;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditEvent;
import org.clinicportal.audit.FieldChange;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Clinics;
import org.clinicportal.clinic.Profession;
import org.clinicportal.clinic.Therapist;
import org.clinicportal.clinic.Therapists;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.StaleRecordException;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.Tenancy.ClinicWork;
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
 * Patient records on the real services and PostgreSQL: changes, conflicts, archive, search, audit.
 */
@ExtendWith(ArquillianExtension.class)
class PatientRecordsIT {

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.shared();
  }

  @Inject private Tenancy tenancy;
  @Inject private Clinics clinics;
  @Inject private UserAccounts accounts;
  @Inject private Therapists therapists;
  @Inject private PatientRecords records;

  private long clinic;
  private Therapist dana;
  private Therapist sam;

  @BeforeEach
  void openClinic() throws Exception {
    clinic = clinics.open(new Clinic(uniqueCode("records"), "Records Clinic")).getId();
    dana = inClinic(() -> therapist("dana", "Dana Whitfield"));
    sam = inClinic(() -> therapist("sam", "Sam Okafor"));
  }

  @Test
  void aNewPatientGetsARecordNumberAndACreationEntry() throws Exception {
    Patient patient = inClinic(() -> records.register(aPatient().named("Jordan", "Lee").details()));

    assertEquals("P" + patient.getId(), patient.getRecordNumber());
    List<AuditEvent> history = inClinic(() -> records.history(patient.getId()));
    assertEquals(1, history.size());
    assertEquals(AuditAction.PATIENT_CREATED, history.get(0).getAction());
    assertEquals("CLINIC_ADMIN", history.get(0).getActorRole());
  }

  @Test
  void openingAChartIsRecordedApartFromTheRecordsHistory() throws Exception {
    Patient patient = register("Jordan", "Lee", dana);

    assertEquals(
        patient.getId(), inClinic(() -> records.openChart(patient.getId())).orElseThrow().getId());
    inClinic(() -> records.openChart(patient.getId()));

    List<AuditEvent> reads = inClinic(() -> records.readsOf(patient.getId()));
    assertEquals(2, reads.size());
    assertEquals(AuditAction.CHART_OPENED, reads.get(0).getAction());
    assertEquals("Fixture clinic_admin", reads.get(0).getActorName());
    assertEquals(
        List.of(AuditAction.PATIENT_CREATED),
        inClinic(() -> records.history(patient.getId())).stream()
            .map(AuditEvent::getAction)
            .toList(),
        "the history tab lists changes only");
    assertTrue(inClinic(() -> records.openChart(Long.MAX_VALUE)).isEmpty());
    assertEquals(2, inClinic(() -> records.readsOf(patient.getId())).size(), "nothing to record");
  }

  @Test
  void aRevisionIsSavedAndItsChangesRecorded() throws Exception {
    Patient patient = register("Jordan", "Lee", dana);
    PatientDetails edited = PatientDetails.of(patient);
    edited.setLastName("Leigh");
    edited.setPhone("+44 20 7946 0000");
    edited.setTherapistId(sam.getId());

    inClinic(() -> records.revise(patient.getId(), patient.getVersion(), edited));

    Patient saved = inClinic(() -> records.find(patient.getId()).orElseThrow());
    assertEquals("Leigh", saved.getLastName());
    assertEquals("+44 20 7946 0000", saved.getPhone());
    assertEquals(sam.getId(), saved.getTherapist().getId());
    AuditEvent change = inClinic(() -> records.history(patient.getId())).get(0);
    assertEquals(AuditAction.PATIENT_CHANGED, change.getAction());
    assertEquals(
        List.of(
            new FieldChange("lastName", "Lee", "Leigh"),
            new FieldChange("phone", null, "+44 20 7946 0000"),
            new FieldChange("therapist", "Dana Whitfield", "Sam Okafor")),
        change.changes());
  }

  @Test
  void theSecondOfTwoConcurrentSavesIsRefusedAndOverwritesNothing() throws Exception {
    Patient opened = register("Jordan", "Lee", dana);
    PatientDetails first = PatientDetails.of(opened);
    first.setLastName("Leigh");
    PatientDetails second = PatientDetails.of(opened);
    second.setFirstName("Jordana");

    inClinic(() -> records.revise(opened.getId(), opened.getVersion(), first));
    assertThrows(
        StaleRecordException.class,
        () -> inClinic(() -> records.revise(opened.getId(), opened.getVersion(), second)));

    Patient saved = inClinic(() -> records.find(opened.getId()).orElseThrow());
    assertEquals("Jordan", saved.getFirstName());
    assertEquals("Leigh", saved.getLastName());
    assertEquals(2, inClinic(() -> records.history(opened.getId())).size());
  }

  @Test
  void anArchivedPatientLeavesTheDefaultListAndCanBeFoundAndRestored() throws Exception {
    Patient patient = register("Jordan", "Lee", dana);

    Patient archived = inClinic(() -> records.archive(patient.getId(), patient.getVersion()));
    assertEquals(0, search("lee", false).total());
    assertEquals(List.of(patient.getId()), ids(search("lee", true)));
    assertTrue(search("lee", true).rows().get(0).isArchived());
    RecordException twice =
        assertThrows(
            RecordException.class,
            () -> inClinic(() -> records.archive(patient.getId(), archived.getVersion())));
    assertEquals("patient.archived.already", twice.messageKey());

    inClinic(() -> records.restore(patient.getId(), archived.getVersion()));
    assertEquals(List.of(patient.getId()), ids(search("lee", false)));
    List<AuditAction> actions =
        inClinic(() -> records.history(patient.getId())).stream()
            .map(AuditEvent::getAction)
            .toList();
    assertEquals(
        List.of(
            AuditAction.PATIENT_RESTORED,
            AuditAction.PATIENT_ARCHIVED,
            AuditAction.PATIENT_CREATED),
        actions);
  }

  @Test
  void aRecordNumberIsUniqueWithinTheClinic() throws Exception {
    inClinic(() -> records.register(aPatient().numbered("R-7").details()));
    RecordException taken =
        assertThrows(
            RecordException.class,
            () -> inClinic(() -> records.register(aPatient().numbered("R-7").details())));
    assertEquals("patient.recordNumber.taken", taken.messageKey());
  }

  @Test
  void detailsThatBreakTheRulesAreRefusedAndNothingIsSaved() throws Exception {
    PatientDetails future =
        aPatient().named("Jordan", "Future").bornOn(LocalDate.now().plusDays(1)).details();
    PatientDetails ancient =
        aPatient().named("Jordan", "Ancient").bornOn(LocalDate.of(1890, 1, 1)).details();
    PatientDetails nameless = aPatient().named(" ", "Nameless").details();
    PatientDetails badMail = aPatient().named("Jordan", "Mail").details();
    badMail.setEmail("not-an-address");

    for (PatientDetails refused : List.of(future, ancient, nameless, badMail)) {
      EJBException thrown =
          assertThrows(EJBException.class, () -> inClinic(() -> records.register(refused)));
      assertInstanceOf(ConstraintViolationException.class, thrown.getCause());
    }
    assertEquals(0, search("", true).total());
  }

  @Test
  void searchMatchesNameStartsInEitherOrderRecordNumbersAndDatesOfBirth() throws Exception {
    Patient jordan = register("Jordan", "Lee", dana);
    Patient priya = register("Priya", "Natarajan", dana);
    Patient riley = register("Riley", "Chen", sam);
    inClinic(
        () ->
            records.revise(
                riley.getId(),
                riley.getVersion(),
                withBirthDate(PatientDetails.of(riley), LocalDate.of(1979, 9, 3))));

    assertEquals(List.of(jordan.getId()), ids(search("lee jor", false)));
    assertEquals(List.of(jordan.getId()), ids(search("JORDAN L", false)));
    assertEquals(List.of(priya.getId()), ids(search("nata", false)));
    assertEquals(List.of(priya.getId()), ids(search("Priya N", false)));
    assertEquals(List.of(), ids(search("ataraj", false)));
    assertEquals(List.of(riley.getId()), ids(search(riley.getRecordNumber(), false)));
    assertEquals(List.of(riley.getId()), ids(search("1979-09-03", false)));
    assertEquals(List.of(riley.getId()), ids(search("3.9.1979", false)));
    assertEquals(List.of(), ids(search("100%_", false)));

    PatientQuery mine =
        new PatientQuery("", dana.getAccount().getId(), false, PatientSort.NAME, true, 0, 20);
    assertEquals(List.of(jordan.getId(), priya.getId()), ids(inClinic(() -> records.search(mine))));
  }

  @Test
  void namesInAnyAlphabetAreFoundFromTheirStartAndSortWithTheirPlainLetters() throws Exception {
    Patient lukasz = register("Łukasz", "Żółkiewski", dana);
    Patient olena = register("Олена", "Коваленко", dana);
    Patient muller = register("Jonas", "Müller", dana);
    Patient orsted = register("Ida", "Ørsted", dana);
    Patient mills = register("Ann", "Mills", dana);
    Patient zed = register("Zoe", "Zed", dana);

    assertEquals(List.of(lukasz.getId()), ids(search("łuk", false)));
    assertEquals(List.of(lukasz.getId()), ids(search("ŻÓŁK", false)));
    assertEquals(List.of(olena.getId()), ids(search("оле", false)));
    assertEquals(List.of(olena.getId()), ids(search("Коваленко О", false)));
    assertEquals(List.of(muller.getId()), ids(search("mül", false)));
    assertEquals(List.of(orsted.getId()), ids(search("ør", false)));

    PatientQuery hers =
        new PatientQuery("", dana.getAccount().getId(), false, PatientSort.NAME, true, 0, 20);
    assertEquals(
        List.of(
            mills.getId(),
            muller.getId(),
            orsted.getId(),
            zed.getId(),
            lukasz.getId(),
            olena.getId()),
        ids(inClinic(() -> records.search(hers))),
        "a marked letter sorts with its plain one; Cyrillic after Latin");
  }

  @Test
  void pagesAreCutAndCountedInTheDatabase() throws Exception {
    for (int i = 0; i < 7; i++) {
      register("Pat" + i, "Page", dana);
    }
    PatientQuery secondPage = new PatientQuery("page", null, false, PatientSort.NAME, false, 5, 5);

    PatientResults page = inClinic(() -> records.search(secondPage));

    assertEquals(7, page.total());
    assertEquals(
        List.of("Pat1", "Pat0"), page.rows().stream().map(PatientSummary::getFirstName).toList());
  }

  @Test
  void aNameSearchListsFirstNameLastNameAndRecordNumberMatchesOnceEachInNameOrder()
      throws Exception {
    Patient adams =
        inClinic(
            () ->
                records.register(
                    aPatient()
                        .named("Cole", "Adams")
                        .numbered("ASH-7")
                        .treatedBy(sam.getId())
                        .details()));
    Patient ashby = register("Zoe", "Ashby", dana);
    Patient ashcroft = register("Ash", "Ashcroft", sam);
    Patient ashworth = register("Amy", "ashworth", dana);
    Patient brown = register("Ashley", "Brown", sam);
    register("Omar", "Bashir", sam);

    assertEquals(List.of(adams.getId(), ashby.getId()), ids(page("ash", true, 0, 2)), "first page");
    assertEquals(List.of(ashcroft.getId(), ashworth.getId()), ids(page("ash", true, 2, 2)));
    PatientResults last = page("ash", true, 4, 2);
    assertEquals(List.of(brown.getId()), ids(last));
    assertEquals(5, last.total(), "Ashcroft matches by both names and counts once");
    assertEquals(List.of(ashcroft.getId(), ashby.getId()), ids(page("ash", false, 2, 2)));

    PatientQuery samsAsh =
        new PatientQuery("ash", sam.getAccount().getId(), false, PatientSort.NAME, true, 0, 20);
    assertEquals(
        List.of(adams.getId(), ashcroft.getId(), brown.getId()),
        ids(inClinic(() -> records.search(samsAsh))));
    inClinic(() -> records.archive(ashcroft.getId(), ashcroft.getVersion()));
    assertEquals(
        List.of(adams.getId(), ashby.getId(), ashworth.getId(), brown.getId()),
        ids(search("ash", false)));
  }

  @Test
  void aSearchMatchingMoreThanTheCountLimitSaysSoInsteadOfCountingThemAll() throws Exception {
    try (Connection portal = TestDatabase.connectAsApplication()) {
      TestDatabase.bindClinic(portal, clinic);
      portal
          .createStatement()
          .executeUpdate(
              "insert into patient (tenant_id, id, record_number, first_name, last_name,"
                  + " date_of_birth, sex) select "
                  + clinic
                  + ", 900000000 + n, 'BULK-' || n, 'Bulk', 'Many' || lpad(n::text, 4, '0'),"
                  + " date '1980-01-01', 'UNKNOWN' from generate_series(1, 1001) n");
      portal.commit();
    }

    PatientResults all = inClinic(() -> records.search(PatientQuery.firstPage("many")));
    assertEquals(PatientResults.COUNT_LIMIT, all.total());
    assertTrue(all.moreThanTotal(), "1,001 match: the total is a lower bound");
    assertEquals("Many0001", all.rows().get(0).getLastName());

    PatientResults counted = inClinic(() -> records.search(PatientQuery.firstPage("many0")));
    assertEquals(999, counted.total());
    assertFalse(counted.moreThanTotal());
  }

  @Test
  void anotherClinicCanNeitherReadNorChangeTheRecord() throws Exception {
    Patient patient = register("Jordan", "Lee", dana);
    long other = clinics.open(new Clinic(uniqueCode("other"), "Other Clinic")).getId();

    assertTrue(
        tenancy
            .callAs(signedIn(other, Role.CLINIC_ADMIN), () -> records.find(patient.getId()))
            .isEmpty());
    assertTrue(
        tenancy
            .callAs(signedIn(other, Role.CLINIC_ADMIN), () -> records.history(patient.getId()))
            .isEmpty());
    RecordException refused =
        assertThrows(
            RecordException.class,
            () ->
                tenancy.callAs(
                    signedIn(other, Role.CLINIC_ADMIN),
                    () ->
                        records.revise(
                            patient.getId(), patient.getVersion(), PatientDetails.of(patient))));
    assertEquals("patient.notFound", refused.messageKey());
    assertEquals(
        0,
        tenancy
            .callAs(
                signedIn(other, Role.CLINIC_ADMIN),
                () -> records.search(PatientQuery.firstPage("lee")))
            .total());
  }

  @Test
  void auditEntriesCannotBeChangedOrRemoved() throws Exception {
    Patient patient = register("Jordan", "Lee", dana);
    List<String> tampering =
        List.of(
            "update audit_event set actor_name = 'someone else' where patient_id = "
                + patient.getId(),
            "delete from audit_event where patient_id = " + patient.getId(),
            "truncate audit_event cascade");
    try (Connection portal = TestDatabase.connectAsApplication()) {
      for (String tamper : tampering) {
        TestDatabase.bindClinic(portal, clinic);
        SQLException refused =
            assertThrows(SQLException.class, () -> portal.createStatement().execute(tamper));
        assertEquals("42501", refused.getSQLState(), "the portal's role may only add: " + tamper);
        portal.rollback();
      }
    }
    try (Connection owner = TestDatabase.connectAsOwner()) {
      for (String tamper : tampering) {
        TestDatabase.bindClinic(owner, clinic);
        SQLException refused =
            assertThrows(SQLException.class, () -> owner.createStatement().execute(tamper));
        assertTrue(
            refused.getMessage().contains("cannot be changed or removed"), refused.getMessage());
        owner.rollback();
      }
    }
    assertFalse(inClinic(() -> records.history(patient.getId())).isEmpty());
  }

  /**
   * A page keeps the records it shows between requests: one of them must not keep alive every other
   * row its transaction read, through the persistence context it was read in.
   */
  @Test
  void aRecordKeptAfterItsTransactionHoldsNothingElseItRead() throws Exception {
    Patient patient = register("Rowan", "Quill", dana);
    for (String phone : List.of("+44 20 7946 0001", "+44 20 7946 0002", "+44 20 7946 0003")) {
      Patient current = inClinic(() -> records.find(patient.getId()).orElseThrow());
      PatientDetails edited = PatientDetails.of(current);
      edited.setPhone(phone);
      inClinic(() -> records.revise(current.getId(), current.getVersion(), edited));
    }

    KeptFirst kept = keepFirstOf(inClinic(() -> records.history(patient.getId())));
    assertTrue(kept.others().size() >= 3, "the history holds the three changes");
    for (int attempt = 0; attempt < 20 && kept.othersAlive() > 0; attempt++) {
      System.gc();
      Thread.sleep(25);
    }

    assertEquals(0, kept.othersAlive(), "rows read beside the kept one are still in memory");
    assertEquals(AuditAction.PATIENT_CHANGED, kept.first().getAction());
  }

  private record KeptFirst(AuditEvent first, List<WeakReference<AuditEvent>> others) {
    long othersAlive() {
      return others.stream().filter(other -> other.get() != null).count();
    }
  }

  private static KeptFirst keepFirstOf(List<AuditEvent> events) {
    return new KeptFirst(
        events.get(0), events.subList(1, events.size()).stream().map(WeakReference::new).toList());
  }

  private Patient register(String first, String last, Therapist therapist) throws Exception {
    return inClinic(
        () ->
            records.register(aPatient().named(first, last).treatedBy(therapist.getId()).details()));
  }

  private Therapist therapist(String username, String name) throws Exception {
    UserAccount account = accounts.open(username, name, Role.THERAPIST, PASSWORD);
    return therapists.register(new Therapist(account, Profession.PHYSICAL_THERAPIST, null));
  }

  private PatientResults search(String text, boolean includeArchived) throws Exception {
    return inClinic(
        () ->
            records.search(
                new PatientQuery(text, null, includeArchived, PatientSort.NAME, true, 0, 20)));
  }

  private PatientResults page(String text, boolean ascending, int first, int size)
      throws Exception {
    return inClinic(
        () ->
            records.search(
                new PatientQuery(text, null, false, PatientSort.NAME, ascending, first, size)));
  }

  private static List<Long> ids(PatientResults page) {
    return page.rows().stream().map(PatientSummary::getId).toList();
  }

  private static PatientDetails withBirthDate(PatientDetails details, LocalDate born) {
    details.setDateOfBirth(born);
    return details;
  }

  private <T> T inClinic(ClinicWork<T, Exception> work) throws Exception {
    return tenancy.callAs(signedIn(clinic, Role.CLINIC_ADMIN), work);
  }
}
