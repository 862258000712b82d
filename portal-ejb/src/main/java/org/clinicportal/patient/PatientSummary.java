package org.clinicportal.patient;

import java.io.Serializable;
import java.time.LocalDate;

/** One row of a patient list, built by the search query itself. */
public final class PatientSummary implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long id;
  private final String recordNumber;
  private final String firstName;
  private final String lastName;
  private final LocalDate dateOfBirth;
  private final String therapistName;
  private final boolean archived;

  public PatientSummary(
      long id,
      String recordNumber,
      String firstName,
      String lastName,
      LocalDate dateOfBirth,
      String therapistName,
      boolean archived) {
    this.id = id;
    this.recordNumber = recordNumber;
    this.firstName = firstName;
    this.lastName = lastName;
    this.dateOfBirth = dateOfBirth;
    this.therapistName = therapistName;
    this.archived = archived;
  }

  public long getId() {
    return id;
  }

  public String getRecordNumber() {
    return recordNumber;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public String getTherapistName() {
    return therapistName;
  }

  public boolean isArchived() {
    return archived;
  }
}
