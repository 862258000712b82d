package org.clinicportal.exchange;

import static org.clinicportal.testsupport.ClinicFixture.PASSWORD;
import static org.clinicportal.testsupport.ClinicFixture.uniqueCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Clinics;
import org.clinicportal.homecare.CareClinic;
import org.clinicportal.platform.AccessRefusedException;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.Tenancy.ClinicWork;
import org.clinicportal.security.UserAccounts;
import org.clinicportal.testsupport.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * A clinic administrator registers, lists and revokes the clinic's FHIR clients; bad keys, names
 * and scopes keep nothing; another clinic and the clinic's therapist are refused, each after the
 * administrator made the same call.
 */
@ExtendWith(ArquillianExtension.class)
class FhirClientsIT {

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.shared();
  }

  @Inject private Tenancy tenancy;
  @Inject private Clinics clinics;
  @Inject private UserAccounts accounts;
  @Inject private CareClinic care;
  @Inject private FhirClients fhirClients;

  @Test
  void anAdministratorRegistersAndRevokesAClientOfTheirClinicAlone() throws Exception {
    care.open("fhir-clients", "FHIR Clinic");
    ClinicPrincipal ada = admin(care.clinic(), "ada");
    String keys = new RSAKeyGenerator(2048).keyID("k1").generate().toPublicJWK().toJSONString();

    FhirClientSummary made =
        as(
            ada,
            () ->
                fhirClients.register(
                    "  Analytics  ", keys, EnumSet.of(FhirScope.OBSERVATION, FhirScope.PATIENT)));

    assertTrue(made.clientId().startsWith(care.clinic().getCode() + "."), made.clientId());
    assertEquals("Analytics", made.name());
    assertEquals(List.of("system/Patient.rs", "system/Observation.rs"), made.scopes());
    assertEquals("ada of FHIR Clinic", made.registeredBy());
    assertEquals(
        List.of(made.clientId()),
        as(ada, () -> fhirClients.list()).stream().map(FhirClientSummary::clientId).toList());

    String privateKey = new RSAKeyGenerator(2048).keyID("k2").generate().toJSONString();
    assertRefusedAs(
        "fhirClient.keys.private",
        () -> as(ada, () -> fhirClients.register("Leaky", privateKey, EnumSet.of(FhirScope.FLAG))));
    assertRefusedAs(
        "fhirClient.problem.scopes",
        () ->
            as(ada, () -> fhirClients.register("Nothing", keys, EnumSet.noneOf(FhirScope.class))));
    assertRefusedAs(
        "fhirClient.problem.name",
        () -> as(ada, () -> fhirClients.register("  ", keys, EnumSet.of(FhirScope.PATIENT))));
    assertEquals(1, as(ada, () -> fhirClients.list()).size(), "nothing kept of a refusal");

    Clinic other = clinics.open(new Clinic(uniqueCode("fhir-other"), "Other Clinic"));
    ClinicPrincipal olu = admin(other, "olu");
    assertEquals(List.of(), as(olu, () -> fhirClients.list()));
    assertRefusedAs("fhirClient.notFound", () -> as(olu, () -> revoke(made.id(), made.version())));
    assertThrows(AccessRefusedException.class, () -> as(care.dana(), () -> fhirClients.list()));
    assertThrows(
        AccessRefusedException.class,
        () -> as(care.dana(), () -> revoke(made.id(), made.version())));

    as(ada, () -> revoke(made.id(), made.version()));
    FhirClientSummary revoked = as(ada, () -> fhirClients.list()).get(0);
    assertTrue(revoked.isRevoked());
    assertRefusedAs(
        "fhirClient.revoked", () -> as(ada, () -> revoke(revoked.id(), revoked.version())));
  }

  private Void revoke(long id, long version) throws RecordException {
    fhirClients.revoke(id, version);
    return null;
  }

  private ClinicPrincipal admin(Clinic clinic, String username) throws Exception {
    return tenancy.callAsClinic(
        clinic.getId(),
        () ->
            accounts
                .open(username, username + " of " + clinic.getName(), Role.CLINIC_ADMIN, PASSWORD)
                .principalIn(clinic.identity()));
  }

  private static void assertRefusedAs(String key, Executable call) {
    assertEquals(key, assertThrows(RecordException.class, call).messageKey());
  }

  private <T> T as(ClinicPrincipal person, ClinicWork<T, Exception> work) throws Exception {
    return tenancy.callAs(person, work);
  }
}
