package org.clinicportal.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;

/** The operators of the platform, who stand outside every clinic. */
@Stateless
public class PlatformAdmins {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private Passwords passwords;

  public PlatformAdmin open(
      @NotBlank String username, @NotBlank String displayName, @NotBlank String password)
      throws WeakPasswordException {
    List<String> problems = PasswordPolicy.problems(password, username);
    if (!problems.isEmpty()) {
      throw new WeakPasswordException(problems);
    }
    PlatformAdmin admin = new PlatformAdmin(username, displayName, passwords.hash(password));
    em.persist(admin);
    return admin;
  }

  public long count() {
    return em.createNamedQuery("PlatformAdmin.count", Long.class).getSingleResult();
  }

  public Optional<PlatformAdmin> authenticate(String username, String password) {
    Optional<PlatformAdmin> admin =
        em.createNamedQuery("PlatformAdmin.findByUsername", PlatformAdmin.class)
            .setParameter("username", UserAccount.normaliseUsername(username))
            .getResultStream()
            .findFirst();
    if (admin.isEmpty()) {
      passwords.matchesNothing(password);
      return Optional.empty();
    }
    boolean matches = passwords.matches(password, admin.get().getPasswordHash());
    return matches && admin.get().isActive() ? admin : Optional.empty();
  }
}
