package org.clinicportal.exchange;

import jakarta.persistence.EntityManager;
import org.clinicportal.assessment.Assessment;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.homecare.JournalEntry;
import org.clinicportal.homecare.PatientAlert;
import org.clinicportal.patient.Patient;
import org.clinicportal.program.HomeProgram;
import org.clinicportal.program.ProgramStatus;
import org.clinicportal.questionnaire.Questionnaire;

/**
 * Reads what a patient's FHIR record is made of, within the clinic bound to the caller's
 * transaction: the current version of each signed assessment, every program version that ran, every
 * questionnaire sent, every journal entry and every alert. A download, the API and the Bulk Data
 * export read the same record.
 */
final class RecordAssembly {

  private RecordAssembly() {}

  static PatientRecordBundle of(EntityManager em, String base, Clinic clinic, Patient patient) {
    PatientRecordBundle record = new PatientRecordBundle(base, clinic, patient);
    em.createNamedQuery("Assessment.findCurrentOfPatient", Assessment.class)
        .setParameter("patientId", patient.getId())
        .getResultStream()
        .filter(Assessment::isSigned)
        .forEach(record::withAssessment);
    em.createNamedQuery("HomeProgram.findOfPatient", HomeProgram.class)
        .setParameter("patientId", patient.getId())
        .getResultStream()
        .filter(program -> program.getStatus() != ProgramStatus.DRAFT)
        .forEach(record::withProgram);
    em.createNamedQuery("Questionnaire.ofPatient", Questionnaire.class)
        .setParameter("patientId", patient.getId())
        .getResultStream()
        .filter(Questionnaire::isSent)
        .forEach(record::withQuestionnaire);
    em.createNamedQuery("JournalEntry.ofPatient", JournalEntry.class)
        .setParameter("patientId", patient.getId())
        .getResultStream()
        .forEach(record::withJournalEntry);
    em.createNamedQuery("PatientAlert.ofPatient", PatientAlert.class)
        .setParameter("patientId", patient.getId())
        .getResultStream()
        .forEach(record::withAlert);
    return record;
  }
}
