package org.clinicportal.exchange;

import static org.clinicportal.testsupport.ClinicFixture.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditEvent;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.homecare.CareClinic;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.PatientDetails;
import org.clinicportal.patient.PatientRecords;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.Language;
import org.clinicportal.platform.PortalAddress;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.program.HomeProgram;
import org.clinicportal.program.ProgramItem;
import org.clinicportal.security.UserAccounts;
import org.clinicportal.testsupport.MovableClock;
import org.clinicportal.testsupport.PortalDeployment;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * SMART Backend Services end to end in the services: a registered client trades a signed assertion
 * for a token that reads its own clinic's records within its scopes, and every way of breaking the
 * rules is refused, each probe made after the same call succeeded for the rightful client.
 */
@ExtendWith(ArquillianExtension.class)
class BackendTokensIT {

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.shared();
  }

  @Inject private Tenancy tenancy;
  @Inject private UserAccounts accounts;
  @Inject private CareClinic care;
  @Inject private CareClinic otherCare;
  @Inject private FhirClients fhirClients;
  @Inject private BackendTokens tokens;
  @Inject private FhirApi api;
  @Inject private AuditTrail audit;
  @Inject private PortalAddress portal;
  @Inject private PatientRecords records;

  private String tokenUrl;
  private ClinicPrincipal admin;
  private Patient patient;
  private HomeProgram program;
  private SmartClient client;

  @BeforeEach
  void registerAClient() throws Exception {
    MovableClock.reset();
    tokenUrl = portal.of(BackendTokens.TOKEN_PATH);
    care.open("fhir-api", "FHIR API Clinic");
    admin = admin(care.clinic());
    Patient registered = care.patient("Olena", "Kovalenko", null);
    PatientDetails ukrainian = PatientDetails.of(registered);
    ukrainian.setLanguage(Language.UKRAINIAN);
    patient =
        care.as(
            care.dana(),
            () -> records.revise(registered.getId(), registered.getVersion(), ukrainian));
    program = care.activeProgram(patient, LocalDate.now(care.zone()), null);
    client =
        register(
            admin,
            EnumSet.of(
                FhirScope.PATIENT,
                FhirScope.CARE_PLAN,
                FhirScope.SERVICE_REQUEST,
                FhirScope.OBSERVATION));
  }

  @AfterEach
  void resetClock() {
    MovableClock.reset();
  }

  @Test
  void aSignedAssertionBuysATokenThatReadsItsOwnClinicWithinItsScopes() throws Exception {
    AccessToken token =
        issue(client.assertion(tokenUrl), "system/Patient.rs system/CarePlan.read system/Flag.rs");

    assertEquals("system/Patient.rs system/CarePlan.rs", token.scope(), "Flag was never allowed");
    assertEquals(300, token.expiresInSeconds());
    assertTrue(token.token().startsWith(care.clinic().getCode() + "."));
    Resource read = api.read(token.token(), "Patient", patient.getId().toString()).orElseThrow();
    org.hl7.fhir.r4.model.Patient olena = (org.hl7.fhir.r4.model.Patient) read;
    assertEquals("Kovalenko", olena.getNameFirstRep().getFamily());
    CodeableConcept spoken = olena.getCommunicationFirstRep().getLanguage();
    assertEquals("Українська", spoken.getText(), "her language, by its name");
    assertFalse(spoken.hasCoding(), "R4's common languages do not list Ukrainian");
    SearchPage plans =
        api.search(
            token.token(),
            ResourceSearch.of("CarePlan", Optional.empty(), Optional.of(patient.getId()), 0, 20));
    assertEquals(1, plans.total());
    assertEquals(program.getId().toString(), plans.matches().get(0).getIdPart());
    assertTrue(plans.included().isEmpty());

    ApiAccessException narrow =
        assertThrows(
            ApiAccessException.class,
            () -> api.read(token.token(), "Observation", "journal-1-effort"));
    assertTrue(narrow.isAuthenticated(), "the token works; its scopes fall short");
    assertThrows(
        ApiAccessException.class,
        () ->
            api.search(
                token.token(),
                ResourceSearch.of("CarePlan", Optional.empty(), Optional.of(patient.getId()), 0, 20)
                    .includingRequests(true)),
        "a care plan's requests need their own scope");

    AccessToken wider = issue(client.assertion(tokenUrl), "system/*.rs");
    SearchPage withRequests =
        api.search(
            wider.token(),
            ResourceSearch.of("CarePlan", Optional.empty(), Optional.of(patient.getId()), 0, 20)
                .includingRequests(true));
    assertEquals(program.getItems().size(), withRequests.included().size());
    assertTrue(withRequests.included().stream().allMatch(ServiceRequest.class::isInstance));
    for (ProgramItem item : program.getItems()) {
      ServiceRequest request =
          (ServiceRequest)
              withRequests.included().stream()
                  .filter(included -> included.getIdPart().equals(item.getId().toString()))
                  .findFirst()
                  .orElseThrow();
      assertEquals(
          item.getDosage().inWords(Language.UKRAINIAN),
          request.getPatientInstruction(),
          "the dosage in the patient's language");
    }
    assertEquals(
        CarePlan.CarePlanStatus.ACTIVE, ((CarePlan) withRequests.matches().get(0)).getStatus());

    List<AuditEvent> reads =
        tenancy.callAsClinic(care.clinic().getId(), () -> audit.readsOf(patient.getId(), 50));
    assertTrue(
        reads.stream()
                .filter(event -> event.getAction() == AuditAction.FHIR_API_READ)
                .filter(event -> event.getActorName().equals("Analytics"))
                .count()
            >= 3,
        "each read of the patient's record is in the trail in the client's name");
  }

  @Test
  void aTokenOfOneClinicFindsNothingOfAnother() throws Exception {
    otherCare.open("fhir-api-other", "Other API Clinic");
    Patient theirs = otherCare.patient("Lukasz", "Nowak", null);
    SmartClient theirClient = register(admin(otherCare.clinic()), EnumSet.of(FhirScope.PATIENT));
    AccessToken theirToken = issue(theirClient.assertion(tokenUrl), "system/Patient.rs");
    AccessToken ours = issue(client.assertion(tokenUrl), "system/Patient.rs");
    String theirId = theirs.getId().toString();

    assertTrue(api.read(theirToken.token(), "Patient", theirId).isPresent(), "their own client");
    assertEquals(Optional.empty(), api.read(ours.token(), "Patient", theirId));
    assertFalse(
        api.search(ours.token(), ResourceSearch.of("Patient")).matches().stream()
            .anyMatch(found -> found.getIdPart().equals(theirId)));
    String forgedPrefix =
        otherCare.clinic().getCode() + ours.token().substring(ours.token().indexOf('.'));
    assertNoWorkingToken(() -> api.read(forgedPrefix, "Patient", theirId));
  }

  @Test
  void everyBrokenRuleOfTheAssertionIsRefused() throws Exception {
    issue(client.assertion(tokenUrl), "system/Patient.rs");

    String once = client.assertion(tokenUrl);
    issue(once, "system/Patient.rs");
    assertRefused(TokenRefusedException.Error.INVALID_CLIENT, once, "system/Patient.rs");
    assertRefused(
        TokenRefusedException.Error.INVALID_CLIENT,
        client.assertionSignedByAnotherKey(tokenUrl),
        "system/Patient.rs");
    assertRefused(claims -> claims.expirationTime(inMinutes(-2)));
    assertRefused(claims -> claims.expirationTime(inMinutes(10)));
    assertRefused(claims -> claims.expirationTime(null));
    assertRefused(claims -> claims.audience(portal.of("/fhir/other-token")));
    assertRefused(claims -> claims.subject("someone-else"));
    assertRefused(claims -> claims.jwtID(null));
    assertRefused(claims -> claims.issuer(care.clinic().getCode() + ".unknown"));
    assertRefused(
        TokenRefusedException.Error.INVALID_SCOPE,
        client.assertion(tokenUrl),
        "system/Flag.rs patient/Patient.read");
    assertRefused(TokenRefusedException.Error.INVALID_CLIENT, "not.a.jwt", "system/Patient.rs");
    TokenRefusedException grant =
        assertThrows(
            TokenRefusedException.class,
            () ->
                tokens.issue(
                    "password",
                    BackendTokens.ASSERTION_TYPE,
                    client.assertion(tokenUrl),
                    "system/Patient.rs"));
    assertEquals(TokenRefusedException.Error.UNSUPPORTED_GRANT_TYPE, grant.getError());
  }

  @Test
  void aTokenStopsAtItsExpiryAndWhenItsClientIsRevoked() throws Exception {
    AccessToken token = issue(client.assertion(tokenUrl), "system/Patient.rs");
    String id = patient.getId().toString();
    assertTrue(api.read(token.token(), "Patient", id).isPresent());

    MovableClock.moveTo(Instant.now().plus(Duration.ofMinutes(5)).plusSeconds(5));
    assertNoWorkingToken(() -> api.read(token.token(), "Patient", id));
    MovableClock.reset();
    assertNoWorkingToken(() -> api.read(null, "Patient", id));
    assertNoWorkingToken(() -> api.read("", "Patient", id));
    assertNoWorkingToken(() -> api.read(token.token() + "x", "Patient", id));

    AccessToken fresh = issue(client.assertion(tokenUrl), "system/Patient.rs");
    assertTrue(api.read(fresh.token(), "Patient", id).isPresent());
    FhirClientSummary registered =
        tenancy.callAs(admin, () -> fhirClients.list()).stream()
            .filter(each -> each.clientId().equals(client.clientId()))
            .findFirst()
            .orElseThrow();
    assertTrue(registered.lastUsedAt() != null, "the list shows when the client was last used");
    tenancy.callAs(
        admin,
        () -> {
          fhirClients.revoke(registered.id(), registered.version());
          return null;
        });
    assertNoWorkingToken(() -> api.read(fresh.token(), "Patient", id));
    assertRefused(
        TokenRefusedException.Error.INVALID_CLIENT,
        client.assertion(tokenUrl),
        "system/Patient.rs");
  }

  private AccessToken issue(String assertion, String scope) throws TokenRefusedException {
    return tokens.issue(BackendTokens.GRANT_TYPE, BackendTokens.ASSERTION_TYPE, assertion, scope);
  }

  private void assertRefused(UnaryOperator<JWTClaimsSet.Builder> change) {
    assertRefused(
        TokenRefusedException.Error.INVALID_CLIENT,
        client.assertion(tokenUrl, change),
        "system/Patient.rs");
  }

  private void assertRefused(TokenRefusedException.Error error, String assertion, String scope) {
    assertEquals(
        error, assertThrows(TokenRefusedException.class, () -> issue(assertion, scope)).getError());
  }

  private static void assertNoWorkingToken(Executable call) {
    assertFalse(assertThrows(ApiAccessException.class, call).isAuthenticated());
  }

  private static Date inMinutes(int minutes) {
    return Date.from(Instant.now().plus(Duration.ofMinutes(minutes)));
  }

  private SmartClient register(ClinicPrincipal by, Set<FhirScope> scopes) throws Exception {
    SmartClient made = SmartClient.withNewKey();
    return made.registeredAs(
        tenancy
            .callAs(by, () -> fhirClients.register("Analytics", made.publicKey(), scopes))
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
