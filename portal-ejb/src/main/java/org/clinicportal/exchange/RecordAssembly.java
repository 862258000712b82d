package org.clinicportal.exchange;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.clinicportal.assessment.Assessment;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.homecare.JournalEntry;
import org.clinicportal.homecare.PatientAlert;
import org.clinicportal.patient.Patient;
import org.clinicportal.program.HomeProgram;
import org.clinicportal.program.ProgramStatus;
import org.clinicportal.questionnaire.Questionnaire;

/**
 * What a patient's record is made of, read within the clinic bound to the caller's transaction: the
 * current version of each signed assessment, every program version that ran, every questionnaire
 * sent, every journal entry and every alert. A download, the API, the Bulk Data export and the
 * clinic's archive read the same record.
 */
record RecordAssembly(
    Patient patient,
    List<Assessment> assessments,
    List<HomeProgram> programs,
    List<Questionnaire> questionnaires,
    List<JournalEntry> journal,
    List<PatientAlert> alerts) {

  static RecordAssembly read(EntityManager em, Patient patient) {
    return new RecordAssembly(
        patient,
        em.createNamedQuery("Assessment.findCurrentOfPatient", Assessment.class)
            .setParameter("patientId", patient.getId())
            .getResultStream()
            .filter(Assessment::isSigned)
            .toList(),
        em.createNamedQuery("HomeProgram.findOfPatient", HomeProgram.class)
            .setParameter("patientId", patient.getId())
            .getResultStream()
            .filter(program -> program.getStatus() != ProgramStatus.DRAFT)
            .toList(),
        em.createNamedQuery("Questionnaire.ofPatient", Questionnaire.class)
            .setParameter("patientId", patient.getId())
            .getResultStream()
            .filter(Questionnaire::isSent)
            .toList(),
        em.createNamedQuery("JournalEntry.ofPatient", JournalEntry.class)
            .setParameter("patientId", patient.getId())
            .getResultList(),
        em.createNamedQuery("PatientAlert.ofPatient", PatientAlert.class)
            .setParameter("patientId", patient.getId())
            .getResultList());
  }

  /** The patient's record as FHIR, read now. */
  static PatientRecordBundle of(EntityManager em, String base, Clinic clinic, Patient patient) {
    return read(em, patient).bundle(base, clinic);
  }

  /** The record as FHIR. */
  PatientRecordBundle bundle(String base, Clinic clinic) {
    PatientRecordBundle record = new PatientRecordBundle(base, clinic, patient);
    assessments.forEach(record::withAssessment);
    programs.forEach(record::withProgram);
    questionnaires.forEach(record::withQuestionnaire);
    journal.forEach(record::withJournalEntry);
    alerts.forEach(record::withAlert);
    return record;
  }
}
