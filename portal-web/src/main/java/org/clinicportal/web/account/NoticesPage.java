package org.clinicportal.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinicportal.security.UserAccount;
import org.clinicportal.security.UserAccounts;
import org.clinicportal.web.Messages;

/**
 * Where a member of staff gets urgent notices: an address they give themselves, or none, and
 * whether a daily summary of the other alerts goes there too. A notice names no patient; it asks
 * them to sign in.
 */
@Named
@ViewScoped
public class NoticesPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private UserAccounts accounts;
  @Inject private Messages messages;

  private String address;
  private boolean digest;
  private boolean available;

  public void load() {
    available =
        messages.attempt(
            () -> {
              UserAccount mine = accounts.mine();
              address = mine.getNoticeEmail();
              digest = mine.isDailyDigest();
            });
  }

  public void save() {
    if (messages.attempt(
        "notices:address",
        () -> address = accounts.sendMyNoticesTo(address, digest).getNoticeEmail())) {
      messages.info(null, address == null ? "notices.saved.none" : "notices.saved");
    }
  }

  public boolean isAvailable() {
    return available;
  }

  public boolean isDigest() {
    return digest;
  }

  public void setDigest(boolean digest) {
    this.digest = digest;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }
}
