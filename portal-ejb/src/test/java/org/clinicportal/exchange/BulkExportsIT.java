package org.clinicportal.exchange;

import static org.clinicportal.testsupport.ClinicFixture.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.homecare.CareClinic;
import org.clinicportal.patient.Patient;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.PortalAddress;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.security.UserAccounts;
import org.clinicportal.testsupport.MovableClock;
import org.clinicportal.testsupport.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bulk Data export in the services: the clinic and a caseload written to NDJSON files in the
 * background, one export at a time per client (also when two are asked at the same moment), found
 * by its own client alone, cancelled, and tidied a day after it finished or once it stopped moving.
 */
@ExtendWith(ArquillianExtension.class)
class BulkExportsIT {

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.shared();
  }

  @Inject private Tenancy tenancy;
  @Inject private UserAccounts accounts;
  @Inject private CareClinic care;
  @Inject private FhirClients fhirClients;
  @Inject private BackendTokens tokens;
  @Inject private BulkExports exports;
  @Inject private ExportJobs jobs;
  @Inject private ExportFiles files;
  @Inject private ExportTidying tidying;
  @Inject private PortalAddress portal;

  private ClinicPrincipal admin;
  private SmartClient client;
  private String token;
  private Patient olena;
  private Patient lukasz;
  private ClinicPrincipal sam;

  @BeforeEach
  void aClinicWithTwoCaseloads() throws Exception {
    MovableClock.reset();
    care.open("bulk", "Bulk Export Clinic");
    admin = admin(care.clinic());
    olena = care.patient("Olena", "Kovalenko", null);
    care.activeProgram(olena, LocalDate.now(care.zone()), null);
    lukasz = care.patient("Lukasz", "Nowak", null);
    sam = care.therapist(care.clinic(), "sam", "Sam Okafor");
    client = register();
    token = tokenOf(client);
  }

  @AfterEach
  void resetClock() {
    MovableClock.reset();
  }

  @Test
  void theClinicIsWrittenAsNdjsonFilesOfEachKind() throws Exception {
    ExportJob started = exports.start(token, ExportLevel.SYSTEM, null, null, "http://test/$export");
    assertEquals(2, started.patientsAll());

    ExportJob done = awaitEnd(started.jobId());
    assertEquals(ExportStatus.DONE, done.status());
    assertEquals(2, done.patientsDone());
    assertEquals(1, done.output().get("Organization"));
    assertEquals(2, done.output().get("Practitioner"), "Dana and Sam");
    assertEquals(2, done.output().get("Patient"));
    assertEquals(1, done.output().get("CarePlan"));
    for (var file : done.output().entrySet()) {
      Path written = exports.file(token, done.jobId(), file.getKey());
      assertEquals(
          "rw-------",
          PosixFilePermissions.toString(Files.getPosixFilePermissions(written)),
          "a file of patients' records is the server's alone");
      List<String> lines = Files.readAllLines(written);
      assertEquals(file.getValue(), lines.size(), file.getKey());
      assertTrue(
          lines.stream().allMatch(line -> line.startsWith("{\"resourceType\":\"" + file.getKey())),
          file.getKey());
    }
    assertThrows(
        ExportRefusedException.class, () -> exports.file(token, done.jobId(), "Flag"), "no file");

    SmartClient other = register();
    String otherToken = tokenOf(other);
    assertEquals(
        404,
        assertThrows(ExportRefusedException.class, () -> exports.status(otherToken, done.jobId()))
            .getStatus(),
        "another client of the same clinic");
    assertEquals(
        404,
        assertThrows(
                ExportRefusedException.class,
                () -> exports.file(otherToken, done.jobId(), "Patient"))
            .getStatus());
  }

  @Test
  void aCaseloadHoldsTheTherapistsPatientsAlone() throws Exception {
    long samsId = tenancy.callAsClinic(care.clinic().getId(), () -> sam.accountId());
    assertEquals(
        404,
        assertThrows(
                ExportRefusedException.class,
                () -> exports.start(token, ExportLevel.GROUP, olena.getId(), null, "g"))
            .getStatus(),
        "a patient's id names no caseload");
    ExportJob ofSam =
        awaitEnd(exports.start(token, ExportLevel.GROUP, samsId, "Patient", "g").jobId());
    assertEquals(0, ofSam.patientsAll());
    assertFalse(ofSam.output().containsKey("Patient"), "Sam treats no one yet");

    long danasId = care.dana().accountId();
    ExportJob ofDana =
        awaitEnd(exports.start(token, ExportLevel.GROUP, danasId, "Patient,CarePlan", "g").jobId());
    assertEquals(2, ofDana.output().get("Patient"));
    assertEquals(List.of("Patient", "CarePlan"), ofDana.types());
    assertFalse(ofDana.output().containsKey("Observation"), "only the kinds asked for");
  }

  @Test
  void aClientRunsOneExportAtATimeAndMayCancelIt() throws Exception {
    ClientGrant grant = tokens.grant(token);
    ExportJob running =
        tenancy.callAsClinic(
            care.clinic().getId(),
            () -> jobs.start(grant, ExportLevel.SYSTEM, null, List.of("Patient"), "first"));
    assertEquals(
        429,
        assertThrows(
                ExportRefusedException.class,
                () -> exports.start(token, ExportLevel.SYSTEM, null, null, "second"))
            .getStatus());

    exports.cancel(token, running.jobId());
    assertEquals(ExportStatus.CANCELLED, exports.status(token, running.jobId()).status());
    assertEquals(
        404,
        assertThrows(ExportRefusedException.class, () -> exports.cancel(token, running.jobId()))
            .getStatus());
    awaitEnd(exports.start(token, ExportLevel.SYSTEM, null, "Patient", "third").jobId());

    int started = 0;
    int refused = 0;
    for (Future<Boolean> attempt : twoAtOnce(grant)) {
      if (attempt.get()) {
        started++;
      } else {
        refused++;
      }
    }
    assertEquals(1, started, "two asked at the same moment: one starts");
    assertEquals(1, refused);
  }

  @Test
  void exportsAreTidiedADayAfterTheyFinishedOrWhenTheyStopMoving() throws Exception {
    ExportJob done = awaitEnd(exports.start(token, ExportLevel.SYSTEM, null, null, "t").jobId());
    Path file = exports.file(token, done.jobId(), "Patient");
    ClientGrant grant = tokens.grant(token);
    SmartClient stalledClient = register();
    ClientGrant stalledGrant = tokens.grant(tokenOf(stalledClient));
    ExportJob stalled =
        tenancy.callAsClinic(
            care.clinic().getId(),
            () -> jobs.start(stalledGrant, ExportLevel.SYSTEM, null, List.of("Patient"), "s"));

    MovableClock.moveTo(Instant.now().plus(Duration.ofHours(23)));
    tidying.tidyEveryClinic();
    assertTrue(Files.exists(file), "kept for a day");
    assertEquals(
        ExportStatus.FAILED,
        tenancy
            .callAsClinic(care.clinic().getId(), () -> jobs.find(stalledGrant, stalled.jobId()))
            .status(),
        "an export that stopped moving fails, so its client may start another");

    MovableClock.moveTo(Instant.now().plus(Duration.ofHours(25)));
    tidying.tidyEveryClinic();
    assertFalse(Files.exists(file), "its files are gone");
    assertEquals(
        404,
        assertThrows(
                ExportRefusedException.class,
                () ->
                    tenancy.callAsClinic(
                        care.clinic().getId(), () -> jobs.find(grant, done.jobId())))
            .getStatus());
  }

  private List<Future<Boolean>> twoAtOnce(ClientGrant grant) throws Exception {
    SmartClient fresh = register();
    ClientGrant freshGrant = tokens.grant(tokenOf(fresh));
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      List<Future<Boolean>> attempts = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        attempts.add(
            two.submit(
                () -> {
                  go.await();
                  try {
                    tenancy.callAsClinic(
                        care.clinic().getId(),
                        () ->
                            jobs.start(
                                freshGrant, ExportLevel.SYSTEM, null, List.of("Patient"), "x"));
                    return true;
                  } catch (ExportRefusedException | RuntimeException refused) {
                    return false;
                  }
                }));
      }
      go.countDown();
      for (Future<Boolean> attempt : attempts) {
        attempt.get();
      }
      return attempts;
    } finally {
      two.shutdown();
    }
  }

  private ExportJob awaitEnd(String jobId) throws Exception {
    Instant until = Instant.now().plusSeconds(30);
    ExportJob job = exports.status(token, jobId);
    while (job.status() == ExportStatus.RUNNING && Instant.now().isBefore(until)) {
      Thread.sleep(100);
      job = exports.status(token, jobId);
    }
    return job;
  }

  private String tokenOf(SmartClient smart) throws TokenRefusedException {
    return tokens
        .issue(
            BackendTokens.GRANT_TYPE,
            BackendTokens.ASSERTION_TYPE,
            smart.assertion(portal.of(BackendTokens.TOKEN_PATH)),
            "system/*.rs")
        .token();
  }

  private SmartClient register() throws Exception {
    SmartClient made = SmartClient.withNewKey();
    return made.registeredAs(
        tenancy
            .callAs(
                admin,
                () ->
                    fhirClients.register(
                        "Warehouse", made.publicKey(), EnumSet.allOf(FhirScope.class)))
            .clientId());
  }

  private ClinicPrincipal admin(Clinic clinic) throws Exception {
    return tenancy.callAsClinic(
        clinic.getId(),
        () ->
            accounts
                .open("ada", "Ada of " + clinic.getName(), Role.CLINIC_ADMIN, PASSWORD)
                .principalIn(clinic.identity()));
  }
}
