package org.clinicportal.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.clinicportal.platform.TenantBound;

/** Accounts of the bound clinic. */
@Stateless
@TenantBound
public class UserAccounts {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private Passwords passwords;

  /** Opens an account whose password must meet {@link PasswordPolicy}. */
  public UserAccount open(
      @NotBlank String username,
      @NotBlank String displayName,
      @NotNull Role role,
      @NotNull String password)
      throws WeakPasswordException {
    List<String> problems = PasswordPolicy.problems(password, username);
    if (!problems.isEmpty()) {
      throw new WeakPasswordException(problems);
    }
    UserAccount account = new UserAccount(username, displayName, role, passwords.hash(password));
    em.persist(account);
    return account;
  }

  public Optional<UserAccount> findByUsername(String username) {
    return em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
        .setParameter("username", UserAccount.normaliseUsername(username))
        .getResultStream()
        .findFirst();
  }

  /**
   * The account when the password is right and the account active; empty otherwise, in constant
   * work.
   */
  public Optional<UserAccount> authenticate(String username, String password) {
    Optional<UserAccount> account = findByUsername(username);
    if (account.isEmpty()) {
      passwords.matchesNothing(password);
      return Optional.empty();
    }
    boolean matches = passwords.matches(password, account.get().getPasswordHash());
    return matches && account.get().isActive() ? account : Optional.empty();
  }
}
