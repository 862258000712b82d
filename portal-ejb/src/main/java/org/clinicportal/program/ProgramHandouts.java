package org.clinicportal.program;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.ClinicProfile;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.Patients;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.TenantBound;

/**
 * Prints a program as a PDF handout: any program of the clinic for its staff, their own active
 * program for a patient. Every handout is written to the audit trail.
 */
@Stateless
@TenantBound
public class ProgramHandouts {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private HomePrograms programs;
  @Inject private Patients patients;
  @Inject private Tenancy tenancy;
  @Inject private ClinicProfile clinics;
  @Inject private AuditTrail audit;

  /**
   * The handout of a program of the bound clinic.
   *
   * @throws RecordException when there is no such program or it is still a draft
   */
  public Handout of(long programId) throws RecordException {
    HomeProgram program =
        programs.find(programId).orElseThrow(() -> new RecordException("program.notFound"));
    if (program.isDraft()) {
      throw new RecordException("program.handout.draft");
    }
    return render(program);
  }

  /**
   * The handout of the signed-in patient's active program; the patient is the one their account
   * belongs to, so no id can lead to another patient's program.
   *
   * @throws RecordException when the caller is no patient or has no active program
   */
  public Handout ofOwnProgram() throws RecordException {
    ClinicPrincipal caller = tenancy.requireRole(Role.PATIENT);
    Patient me =
        patients
            .ofAccount(caller.accountId())
            .orElseThrow(() -> new RecordException("program.notFound"));
    HomeProgram program =
        em.createNamedQuery("HomeProgram.findActiveOfPatient", HomeProgram.class)
            .setParameter("patientId", me.getId())
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new RecordException("program.notFound"));
    return render(program);
  }

  /** The handout is the patient's: it speaks their language, whoever prints it. */
  private Handout render(HomeProgram program) {
    Clinic clinic = clinics.current();
    byte[] pdf =
        HandoutDocument.render(
            clinic, program, program.getPatient().languageOr(clinic.getLanguage()));
    audit.record(AuditAction.PROGRAM_HANDOUT_PRINTED, program.getPatient().getId());
    String record = program.getPatient().getRecordNumber().replaceAll("[^A-Za-z0-9_-]", "-");
    return new Handout("home-program-" + record + "-v" + program.getNumber() + ".pdf", pdf);
  }
}
