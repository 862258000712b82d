package org.clinicportal.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.clinicportal.platform.ClinicOwned;
import org.clinicportal.platform.Role;
import org.clinicportal.security.UserAccount;
import org.eclipse.persistence.annotations.JoinFetch;
import org.eclipse.persistence.annotations.JoinFetchType;

/** A therapist's professional profile, tied to the account they sign in with. */
@Entity
@Table(name = "therapist")
@NamedQuery(
    name = "Therapist.findByAccount",
    query = "select t from Therapist t join fetch t.account where t.account.id = :accountId")
@NamedQuery(
    name = "Therapist.findActive",
    query =
        "select t from Therapist t join fetch t.account a where a.active = true order by a.displayName")
@NamedQuery(name = "Therapist.findAll", query = "select t from Therapist t join fetch t.account")
public class Therapist extends ClinicOwned {

  @NotNull
  @JoinFetch(JoinFetchType.INNER)
  @OneToOne(optional = false)
  @JoinColumn(name = "account_id", nullable = false, updatable = false)
  private UserAccount account;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Profession profession;

  @Size(max = 60)
  @Column(name = "license_number", length = 60)
  private String licenseNumber;

  protected Therapist() {}

  public Therapist(UserAccount account, Profession profession, String licenseNumber) {
    if (account.getRole() != Role.THERAPIST) {
      throw new IllegalArgumentException("A therapist profile needs a therapist's account");
    }
    this.account = account;
    this.profession = Objects.requireNonNull(profession);
    this.licenseNumber = licenseNumber;
  }

  public UserAccount getAccount() {
    return account;
  }

  public String getDisplayName() {
    return account.getDisplayName();
  }

  public Profession getProfession() {
    return profession;
  }

  public String getLicenseNumber() {
    return licenseNumber;
  }
}
