package org.clinicportal.patient;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.clinicportal.platform.Language;

/**
 * What a person enters about a patient, checked field by field before anything is saved. The same
 * rules hold on the page (each message next to its field) and in the service.
 */
public class PatientDetails implements Serializable {
  private static final long serialVersionUID = 1L;

  static final String PHONE = "[+0-9 ()./-]{5,40}";

  @Size(max = 30, message = "{patient.recordNumber.size}")
  @Pattern(regexp = "[A-Za-z0-9./-]*", message = "{patient.recordNumber.pattern}")
  private String recordNumber;

  @NotBlank(message = "{patient.firstName.required}")
  @Size(max = 100, message = "{patient.firstName.size}")
  private String firstName;

  @NotBlank(message = "{patient.lastName.required}")
  @Size(max = 100, message = "{patient.lastName.size}")
  private String lastName;

  @NotNull(message = "{patient.dateOfBirth.required}")
  @PlausibleBirthDate
  private LocalDate dateOfBirth;

  @NotNull(message = "{patient.sex.required}")
  private Sex sex;

  @Email(message = "{patient.email.invalid}")
  @Size(max = 200, message = "{patient.email.size}")
  private String email;

  @Pattern(regexp = PHONE, message = "{patient.phone.invalid}")
  private String phone;

  @Size(max = 300, message = "{patient.address.size}")
  private String address;

  @Size(max = 200, message = "{patient.emergencyContactName.size}")
  private String emergencyContactName;

  @Pattern(regexp = PHONE, message = "{patient.phone.invalid}")
  private String emergencyContactPhone;

  @Size(max = 200, message = "{patient.referralSource.size}")
  private String referralSource;

  @PastOrPresent(message = "{patient.consentGivenOn.future}")
  private LocalDate consentGivenOn;

  private Long therapistId;

  private Language language;

  public PatientDetails() {}

  /** The details as they stand on a saved record, for editing. */
  public static PatientDetails of(Patient patient) {
    PatientDetails details = new PatientDetails();
    details.recordNumber = patient.getRecordNumber();
    details.firstName = patient.getFirstName();
    details.lastName = patient.getLastName();
    details.dateOfBirth = patient.getDateOfBirth();
    details.sex = patient.getSex();
    details.email = patient.getEmail();
    details.phone = patient.getPhone();
    details.address = patient.getAddress();
    details.emergencyContactName = patient.getEmergencyContactName();
    details.emergencyContactPhone = patient.getEmergencyContactPhone();
    details.referralSource = patient.getReferralSource();
    details.consentGivenOn = patient.getConsentGivenOn();
    details.language = patient.getLanguage();
    details.therapistId = patient.getTherapist() == null ? null : patient.getTherapist().getId();
    return details;
  }

  public String getRecordNumber() {
    return recordNumber;
  }

  public void setRecordNumber(String recordNumber) {
    this.recordNumber = recordNumber;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(LocalDate dateOfBirth) {
    this.dateOfBirth = dateOfBirth;
  }

  public Sex getSex() {
    return sex;
  }

  public void setSex(Sex sex) {
    this.sex = sex;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getEmergencyContactName() {
    return emergencyContactName;
  }

  public void setEmergencyContactName(String emergencyContactName) {
    this.emergencyContactName = emergencyContactName;
  }

  public String getEmergencyContactPhone() {
    return emergencyContactPhone;
  }

  public void setEmergencyContactPhone(String emergencyContactPhone) {
    this.emergencyContactPhone = emergencyContactPhone;
  }

  public String getReferralSource() {
    return referralSource;
  }

  public void setReferralSource(String referralSource) {
    this.referralSource = referralSource;
  }

  public LocalDate getConsentGivenOn() {
    return consentGivenOn;
  }

  public void setConsentGivenOn(LocalDate consentGivenOn) {
    this.consentGivenOn = consentGivenOn;
  }

  /** The language the patient reads the portal in; none: the clinic's. */
  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }

  public Long getTherapistId() {
    return therapistId;
  }

  public void setTherapistId(Long therapistId) {
    this.therapistId = therapistId;
  }
}
