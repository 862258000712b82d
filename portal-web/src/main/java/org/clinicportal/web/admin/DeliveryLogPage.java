package org.clinicportal.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clinicportal.mail.OutboundMail;
import org.clinicportal.mail.Outbox;
import org.clinicportal.web.Messages;

/** The clinic's e-mail as its administrator sees it: what went out, what waits, what failed. */
@Named
@ViewScoped
public class DeliveryLogPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Outbox outbox;
  @Inject private Messages messages;

  private transient List<OutboundMail> rows;

  public void load() {
    messages.attempt(() -> rows = outbox.deliveryLog(Outbox.MAX_LOG));
  }

  public List<OutboundMail> getRows() {
    if (rows == null) {
      rows = List.of();
      load();
    }
    return rows;
  }
}
