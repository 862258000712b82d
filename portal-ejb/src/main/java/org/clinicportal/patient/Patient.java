package org.clinicportal.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.clinicportal.clinic.Therapist;
import org.clinicportal.platform.ClinicOwned;
import org.clinicportal.security.Role;
import org.clinicportal.security.UserAccount;

/** A patient of one clinic. */
@Entity
@Table(name = "patient")
@NamedQuery(
    name = "Patient.findCaseload",
    query =
        "select p from Patient p join fetch p.therapist t join fetch t.account a"
            + " where a.id = :accountId and p.archived = false"
            + " order by p.lastName, p.firstName, p.id")
@NamedQuery(
    name = "Patient.findByAccount",
    query =
        "select p from Patient p left join fetch p.therapist t left join fetch t.account"
            + " where p.account.id = :accountId")
@NamedQuery(name = "Patient.count", query = "select count(p) from Patient p")
public class Patient extends ClinicOwned {

  @NotBlank
  @Size(max = 30)
  @Column(name = "record_number", nullable = false, length = 30, updatable = false)
  private String recordNumber;

  @NotBlank
  @Size(max = 100)
  @Column(name = "first_name", nullable = false, length = 100)
  private String firstName;

  @NotBlank
  @Size(max = 100)
  @Column(name = "last_name", nullable = false, length = 100)
  private String lastName;

  @NotNull
  @Past
  @Column(name = "date_of_birth", nullable = false)
  private LocalDate dateOfBirth;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Sex sex;

  @Email
  @Size(max = 200)
  @Column(length = 200)
  private String email;

  @Size(max = 40)
  @Column(length = 40)
  private String phone;

  @ManyToOne
  @JoinColumn(name = "therapist_id")
  private Therapist therapist;

  @OneToOne
  @JoinColumn(name = "account_id")
  private UserAccount account;

  @Column(nullable = false)
  private boolean archived;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt = OffsetDateTime.now(ZoneOffset.UTC);

  protected Patient() {}

  public Patient(
      String recordNumber, String firstName, String lastName, LocalDate dateOfBirth, Sex sex) {
    this.recordNumber = trim(recordNumber);
    this.firstName = trim(firstName);
    this.lastName = trim(lastName);
    this.dateOfBirth = dateOfBirth;
    this.sex = sex;
  }

  private static String trim(String value) {
    return value == null ? null : value.trim();
  }

  public void assignTo(Therapist therapist) {
    this.therapist = Objects.requireNonNull(therapist);
  }

  public void recordContact(String email, String phone) {
    this.email = trim(email);
    this.phone = trim(phone);
  }

  /** Links the portal account the patient signs in with. */
  public void giveAccount(UserAccount account) {
    if (account.getRole() != Role.PATIENT) {
      throw new IllegalArgumentException("A patient signs in with a patient's account");
    }
    this.account = account;
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

  public String getFullName() {
    return firstName + " " + lastName;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public Sex getSex() {
    return sex;
  }

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }

  public Therapist getTherapist() {
    return therapist;
  }

  public UserAccount getAccount() {
    return account;
  }

  public boolean isArchived() {
    return archived;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }
}
