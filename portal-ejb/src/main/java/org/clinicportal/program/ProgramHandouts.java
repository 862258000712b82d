package org.clinicportal.program;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.clinic.ClinicProfile;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.TenantBound;

/**
 * Prints a program as a PDF handout for the patient; every handout is written to the audit trail.
 */
@Stateless
@TenantBound
public class ProgramHandouts {

  @Inject private HomePrograms programs;
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
    byte[] pdf = HandoutDocument.render(clinics.current(), program);
    audit.record(AuditAction.PROGRAM_HANDOUT_PRINTED, program.getPatient().getId(), "");
    String record = program.getPatient().getRecordNumber().replaceAll("[^A-Za-z0-9_-]", "-");
    return new Handout("home-program-" + record + "-v" + program.getNumber() + ".pdf", pdf);
  }
}
