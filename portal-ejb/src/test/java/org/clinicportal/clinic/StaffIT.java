package org.clinicportal.clinic;

import static org.clinicportal.testsupport.ClinicFixture.signedIn;
import static org.clinicportal.testsupport.ClinicFixture.uniqueCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import org.clinicportal.platform.Language;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.Tenancy.ClinicWork;
import org.clinicportal.security.IssuedAccount;
import org.clinicportal.signin.ClinicCredential;
import org.clinicportal.signin.SignIn;
import org.clinicportal.testsupport.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A clinic administrator's staff management on the real services. */
@ExtendWith(ArquillianExtension.class)
class StaffIT {

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.shared();
  }

  @Inject private Tenancy tenancy;
  @Inject private Clinics clinics;
  @Inject private Staff staff;
  @Inject private Therapists therapists;
  @Inject private SignIn signIn;
  @Inject private ClinicOnboarding onboarding;
  @Inject private ClinicProfile profile;

  private Clinic clinic;

  @BeforeEach
  void openClinic() {
    clinic = clinics.open(new Clinic(uniqueCode("staff"), "Staff Clinic"));
  }

  @Test
  void aTherapistIsAddedWithAProfileAndAOneTimePassword() throws Exception {
    IssuedAccount kai =
        inClinic(
            () -> staff.add(member("Kai Moreno", "kai", Role.THERAPIST, Profession.CHIROPRACTOR)));
    inClinic(() -> staff.add(member("Ines Park", "ines", Role.CLINIC_ADMIN, null)));

    List<StaffMember> members = inClinic(() -> staff.list());
    assertEquals(
        List.of("Ines Park", "Kai Moreno"),
        members.stream().map(StaffMember::getDisplayName).toList());
    StaffMember therapist = members.get(1);
    assertEquals(Role.THERAPIST, therapist.getRole());
    assertEquals(Profession.CHIROPRACTOR, therapist.getProfession());
    assertEquals("DC-1", therapist.getLicenseNumber());
    assertTrue(inClinic(() -> therapists.ofAccount(kai.accountId())).isPresent());
    assertTrue(
        signIn
            .verify(new ClinicCredential(clinic.getCode(), "kai", kai.oneTimePassword()))
            .signedInPrincipal()
            .orElseThrow()
            .passwordChangeRequired());
  }

  @Test
  void aDeactivatedStaffMemberCannotSignInButStaysOnTheList() throws Exception {
    IssuedAccount kai =
        inClinic(
            () ->
                staff.add(
                    member("Kai Moreno", "kai", Role.THERAPIST, Profession.PHYSICAL_THERAPIST)));
    inClinic(
        () -> {
          staff.deactivate(kai.accountId());
          return null;
        });

    assertTrue(
        signIn
            .verify(new ClinicCredential(clinic.getCode(), "kai", kai.oneTimePassword()))
            .signedInPrincipal()
            .isEmpty());
    assertFalse(inClinic(() -> staff.list()).get(0).isActive());
    assertTrue(
        inClinic(() -> therapists.ofAccount(kai.accountId())).isPresent(), "the profile stays");

    inClinic(
        () -> {
          staff.reactivate(kai.accountId());
          return null;
        });
    IssuedAccount reset = inClinic(() -> staff.resetPassword(kai.accountId()));
    assertTrue(
        signIn
            .verify(new ClinicCredential(clinic.getCode(), "kai", reset.oneTimePassword()))
            .signedInPrincipal()
            .isPresent());
  }

  @Test
  void wrongEntriesAreRefusedWithAReason() throws Exception {
    inClinic(() -> staff.add(member("Kai Moreno", "kai", Role.THERAPIST, Profession.CHIROPRACTOR)));

    assertEquals(
        "account.username.taken",
        refusal(() -> staff.add(member("Kai Two", "KAI", Role.CLINIC_ADMIN, null))));
    assertEquals(
        "staff.profession.required",
        refusal(() -> staff.add(member("No Profession", "np", Role.THERAPIST, null))));
    assertEquals(
        "staff.role.required", refusal(() -> staff.add(member("Pat", "pat", Role.PATIENT, null))));
    assertEquals(1, inClinic(() -> staff.list()).size());
  }

  @Test
  void anotherClinicCannotManageTheStaff() throws Exception {
    IssuedAccount kai =
        inClinic(
            () -> staff.add(member("Kai Moreno", "kai", Role.THERAPIST, Profession.CHIROPRACTOR)));
    long other = clinics.open(new Clinic(uniqueCode("other"), "Other")).getId();

    RecordException refused =
        assertThrows(
            RecordException.class,
            () ->
                tenancy.callAs(
                    signedIn(other, Role.CLINIC_ADMIN),
                    () -> staff.resetPassword(kai.accountId())));
    assertEquals("account.notFound", refused.messageKey());
    assertTrue(tenancy.callAs(signedIn(other, Role.CLINIC_ADMIN), () -> staff.list()).isEmpty());
  }

  @Test
  void onlyAPlatformAdministratorMayOpenAClinic() {
    String code = uniqueCode("refused");
    assertThrows(
        EJBAccessException.class,
        () -> onboarding.open(code, "Refused", "UTC", "Someone", "someone"));
    assertTrue(clinics.findByCode(code).isEmpty());
  }

  @Test
  void onlyAClinicAdministratorMayChangeTheClinicsProfile() {
    assertThrows(
        EJBAccessException.class,
        () ->
            tenancy.callAsClinic(
                clinic.getId(),
                () -> profile.describe("Renamed", null, null, "#000000", "UTC", Language.ENGLISH)));
    assertEquals("Staff Clinic", clinics.find(clinic.getId()).orElseThrow().getName());
  }

  private static NewStaffMember member(
      String name, String username, Role role, Profession profession) {
    NewStaffMember member = new NewStaffMember();
    member.setDisplayName(name);
    member.setUsername(username);
    member.setRole(role);
    member.setProfession(profession);
    member.setLicenseNumber(profession == null ? null : "DC-1");
    return member;
  }

  private String refusal(ClinicWork<?, RecordException> work) {
    return assertThrows(RecordException.class, () -> inClinic(work::call)).messageKey();
  }

  private <T> T inClinic(ClinicWork<T, Exception> work) throws Exception {
    return tenancy.callAs(signedIn(clinic.getId(), Role.CLINIC_ADMIN), work);
  }
}
