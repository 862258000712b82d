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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.clinicportal.audit.FieldChange;
import org.clinicportal.clinic.Therapist;
import org.clinicportal.platform.ClinicOwned;
import org.clinicportal.platform.Language;
import org.clinicportal.platform.Role;
import org.clinicportal.security.UserAccount;
import org.eclipse.persistence.annotations.JoinFetch;
import org.eclipse.persistence.annotations.JoinFetchType;

/** A patient of one clinic. */
@Entity
@Table(name = "patient")
@NamedQuery(
    name = "Patient.findByAccount",
    query =
        "select p from Patient p left join fetch p.therapist t left join fetch t.account"
            + " where p.account.id = :accountId")
@NamedQuery(
    name = "Patient.findByRecordNumber",
    query = "select p from Patient p where p.recordNumber = :recordNumber")
@NamedQuery(name = "Patient.count", query = "select count(p) from Patient p")
@NamedQuery(
    name = "Patient.inIdOrder",
    query =
        "select p from Patient p left join fetch p.therapist t left join fetch t.account"
            + " order by p.id")
@NamedQuery(
    name = "Patient.after",
    query =
        "select p from Patient p left join fetch p.therapist t left join fetch t.account"
            + " where p.id > :after order by p.id")
@NamedQuery(
    name = "Patient.ofTherapistAfter",
    query =
        "select p from Patient p join fetch p.therapist t join fetch t.account a"
            + " where a.id = :account and p.id > :after order by p.id")
@NamedQuery(
    name = "Patient.countOfTherapist",
    query = "select count(p) from Patient p where p.therapist.account.id = :account")
public class Patient extends ClinicOwned {

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

  @Size(max = 300)
  @Column(length = 300)
  private String address;

  @Size(max = 200)
  @Column(name = "emergency_contact_name", length = 200)
  private String emergencyContactName;

  @Size(max = 40)
  @Column(name = "emergency_contact_phone", length = 40)
  private String emergencyContactPhone;

  @Size(max = 200)
  @Column(name = "referral_source", length = 200)
  private String referralSource;

  @Column(name = "consent_given_on")
  private LocalDate consentGivenOn;

  /** The language the patient chose to read the portal in; none: the clinic's. */
  @Column(name = "language", length = 2)
  private Language language;

  /** The search keys the database derives from the name and the record number. */
  @Column(name = "name_key", insertable = false, updatable = false)
  private String nameKey;

  @Column(name = "surname_key", insertable = false, updatable = false)
  private String surnameKey;

  /** The surname and first name with their Latin letters' marks left off: the order of names. */
  @Column(name = "sort_key", insertable = false, updatable = false)
  private String sortKey;

  @Column(name = "record_key", insertable = false, updatable = false)
  private String recordKey;

  @JoinFetch(JoinFetchType.OUTER)
  @ManyToOne
  @JoinColumn(name = "therapist_id")
  private Therapist therapist;

  @JoinFetch(JoinFetchType.OUTER)
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

  /** A new patient from what was entered on the form. */
  public Patient(PatientDetails details, Therapist therapist) {
    this(
        details.getRecordNumber(),
        details.getFirstName(),
        details.getLastName(),
        details.getDateOfBirth(),
        details.getSex());
    revise(details, therapist);
  }

  private static String trim(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.trim();
    return trimmed.isEmpty() ? null : trimmed;
  }

  /** Gives a patient registered without a record number one made from its id. */
  void numberIfUnnumbered() {
    if (recordNumber == null) {
      recordNumber = "P" + getId();
    }
  }

  /**
   * Applies what was entered on the form and tells what changed, field by field. The record number,
   * once given, stays.
   */
  public List<FieldChange> revise(PatientDetails details, Therapist newTherapist) {
    List<FieldChange> changes = new ArrayList<>();
    firstName = change(changes, "firstName", firstName, trim(details.getFirstName()));
    lastName = change(changes, "lastName", lastName, trim(details.getLastName()));
    dateOfBirth = change(changes, "dateOfBirth", dateOfBirth, details.getDateOfBirth());
    sex = change(changes, "sex", sex, details.getSex());
    email = change(changes, "email", email, trim(details.getEmail()));
    phone = change(changes, "phone", phone, trim(details.getPhone()));
    address = change(changes, "address", address, trim(details.getAddress()));
    emergencyContactName =
        change(
            changes,
            "emergencyContactName",
            emergencyContactName,
            trim(details.getEmergencyContactName()));
    emergencyContactPhone =
        change(
            changes,
            "emergencyContactPhone",
            emergencyContactPhone,
            trim(details.getEmergencyContactPhone()));
    referralSource =
        change(changes, "referralSource", referralSource, trim(details.getReferralSource()));
    consentGivenOn = change(changes, "consentGivenOn", consentGivenOn, details.getConsentGivenOn());
    language = change(changes, "language", language, details.getLanguage());
    String before = therapist == null ? null : therapist.getDisplayName();
    String after = newTherapist == null ? null : newTherapist.getDisplayName();
    if (!Objects.equals(
        therapist == null ? null : therapist.getId(),
        newTherapist == null ? null : newTherapist.getId())) {
      changes.add(new FieldChange("therapist", before, after));
    }
    therapist = newTherapist;
    return changes;
  }

  private static <T> T change(List<FieldChange> changes, String field, T before, T after) {
    if (!Objects.equals(before, after)) {
      changes.add(new FieldChange(field, text(before), text(after)));
    }
    return after;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  /** Takes the patient out of the default lists; nothing is deleted. */
  public void archive() {
    if (archived) {
      throw new IllegalStateException("The patient is archived already");
    }
    archived = true;
  }

  public void restore() {
    if (!archived) {
      throw new IllegalStateException("The patient is not archived");
    }
    archived = false;
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

  public String getAddress() {
    return address;
  }

  public String getEmergencyContactName() {
    return emergencyContactName;
  }

  public String getEmergencyContactPhone() {
    return emergencyContactPhone;
  }

  public String getReferralSource() {
    return referralSource;
  }

  /** The patient's own choice of language, or none when they read the clinic's. */
  public Language getLanguage() {
    return language;
  }

  /** The language the patient reads the portal in: their own choice, else the clinic's. */
  public Language languageOr(Language clinicLanguage) {
    return language == null ? clinicLanguage : language;
  }

  /** The patient's own choice of language; none goes back to the clinic's. */
  public void chooseLanguage(Language language) {
    this.language = language;
  }

  public LocalDate getConsentGivenOn() {
    return consentGivenOn;
  }

  public boolean isArchived() {
    return archived;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }
}
