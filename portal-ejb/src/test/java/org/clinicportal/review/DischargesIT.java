package org.clinicportal.review;

import static org.clinicportal.testsupport.ClinicFixture.uniqueCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.clinicportal.assessment.Assessment;
import org.clinicportal.assessment.Assessments;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Clinics;
import org.clinicportal.homecare.CareClinic;
import org.clinicportal.homecare.HomeCare;
import org.clinicportal.patient.DischargeReason;
import org.clinicportal.patient.Episode;
import org.clinicportal.patient.Patient;
import org.clinicportal.platform.AccessRefusedException;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.StaleRecordException;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.Tenancy.ClinicWork;
import org.clinicportal.program.HomeProgram;
import org.clinicportal.program.HomePrograms;
import org.clinicportal.program.ProgramStatus;
import org.clinicportal.testsupport.ClinicFixture;
import org.clinicportal.testsupport.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Episodes of care: the first assessment opens one, the program belongs to it, a discharge closes
 * it and ends the program, and a later assessment opens the next. Every wrong discharge is refused
 * before the rightful one goes through in the same state.
 */
@ExtendWith(ArquillianExtension.class)
class DischargesIT {

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.shared();
  }

  @Inject private Tenancy tenancy;
  @Inject private Clinics clinics;
  @Inject private CareClinic care;
  @Inject private Discharges discharges;
  @Inject private Assessments assessments;
  @Inject private HomePrograms programs;
  @Inject private HomeCare homeCare;
  @Inject private Reviews reviews;

  private ClinicPrincipal dana;
  private LocalDate today;

  @BeforeEach
  void openClinic() throws Exception {
    care.open("discharge", "Discharge Clinic");
    dana = care.dana();
    today = LocalDate.now(care.zone());
  }

  @Test
  void aDischargeClosesTheEpisodeEndsTheProgramAndALaterComplaintOpensTheNext() throws Exception {
    Patient jordan = care.patient("Jordan", "Lee", null);
    HomeProgram program = care.activeProgram(jordan, today, null);
    ClinicPrincipal me = care.signedIn(jordan);
    List<Episode> episodes = as(dana, () -> discharges.ofPatient(jordan.getId()));
    assertEquals(1, episodes.size());
    Episode episode = episodes.get(0);
    assertTrue(episode.isOpen());
    assertEquals(today, episode.getOpenedOn());
    long version = episode.getVersion();
    long patient = jordan.getId();

    assertRefusedAs(
        "episode.reason",
        () -> as(dana, () -> discharges.discharge(patient, version, null, today, null)));
    assertRefusedAs(
        "episode.dischargeAhead",
        () ->
            as(
                dana,
                () ->
                    discharges.discharge(
                        patient, version, DischargeReason.GOALS_MET, today.plusDays(1), null)));
    assertRefusedAs(
        "episode.dischargeBeforeStart",
        () ->
            as(
                dana,
                () ->
                    discharges.discharge(
                        patient, version, DischargeReason.GOALS_MET, today.minusDays(1), null)));
    assertRefusedAs(
        "episode.noteForOther",
        () ->
            as(
                dana,
                () -> discharges.discharge(patient, version, DischargeReason.OTHER, today, " ")));
    assertRefusedAs(
        "episode.note",
        () ->
            as(
                dana,
                () ->
                    discharges.discharge(
                        patient, version, DischargeReason.OTHER, today, "x".repeat(1001))));
    assertThrows(
        StaleRecordException.class,
        () ->
            as(
                dana,
                () ->
                    discharges.discharge(
                        patient, version + 1, DischargeReason.GOALS_MET, today, null)));
    assertThrows(
        AccessRefusedException.class,
        () ->
            as(
                me,
                () ->
                    discharges.discharge(
                        patient, version, DischargeReason.GOALS_MET, today, null)));
    assertThrows(
        AccessRefusedException.class,
        () ->
            as(
                ClinicFixture.signedIn(care.clinic().getId(), Role.CLINIC_ADMIN),
                () ->
                    discharges.discharge(
                        patient, version, DischargeReason.GOALS_MET, today, null)));
    Clinic other = clinics.open(new Clinic(uniqueCode("discharge-other"), "Other Clinic"));
    ClinicPrincipal outsider = care.therapist(other, "kai", "Kai Other");
    assertRefusedAs(
        "patient.notFound",
        () ->
            as(
                outsider,
                () ->
                    discharges.discharge(
                        patient, version, DischargeReason.GOALS_MET, today, null)));
    assertRefusedAs("patient.notFound", () -> as(outsider, () -> discharges.ofPatient(patient)));
    assertEquals(
        ProgramStatus.ACTIVE,
        as(dana, () -> programs.find(program.getId())).orElseThrow().getStatus(),
        "nothing refused ended the program");

    Episode closed =
        as(
            dana,
            () ->
                discharges.discharge(
                    patient, version, DischargeReason.GOALS_MET, today, "Back to running"));
    assertFalse(closed.isOpen());
    assertEquals(today, closed.getClosedOn());
    assertEquals(DischargeReason.GOALS_MET, closed.getDischargeReason());
    assertEquals(
        ProgramStatus.ENDED,
        as(dana, () -> programs.find(program.getId())).orElseThrow().getStatus());
    assertFalse(as(me, () -> homeCare.todaysPlan()).hasProgram());
    assertRefusedAs("review.noProgram", () -> as(dana, () -> reviews.review(patient)));
    assertRefusedAs(
        "episode.noneOpen",
        () ->
            as(
                dana,
                () ->
                    discharges.discharge(
                        patient, version, DischargeReason.GOALS_MET, today, null)));

    Assessment later = as(dana, () -> assessments.start(patient));
    List<Episode> after = as(dana, () -> discharges.ofPatient(patient));
    assertEquals(2, after.size());
    assertTrue(after.get(0).isOpen(), "the new complaint's episode is the latest");
    assertNotEquals(closed.getId(), after.get(0).getId());
    assertEquals(after.get(0).getId(), later.getEpisode().getId());
  }

  private static void assertRefusedAs(String key, Executable call) {
    assertEquals(key, assertThrows(RecordException.class, call).messageKey());
  }

  private <T> T as(ClinicPrincipal person, ClinicWork<T, Exception> work) throws Exception {
    return tenancy.callAs(person, work);
  }
}
