package org.clinicportal.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.clinicportal.exchange.BackendTokens;
import org.clinicportal.exchange.FhirClientSummary;
import org.clinicportal.exchange.FhirClients;
import org.clinicportal.exchange.FhirScope;
import org.clinicportal.exchange.RecordExports;
import org.clinicportal.platform.PortalAddress;
import org.clinicportal.web.Messages;

/**
 * The clinic's FHIR clients: register one with its public keys and scopes (its client id shows once
 * it is made), see when each was last used, revoke one.
 */
@Named
@ViewScoped
public class FhirClientsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private FhirClients fhirClients;
  @Inject private Messages messages;
  @Inject private PortalAddress portal;

  private List<FhirClientSummary> clients = List.of();
  private FhirClientSummary registered;
  private String name;
  private String keys;
  private FhirScope[] scopes = {};

  public void load() {
    messages.attempt(() -> clients = fhirClients.list());
  }

  public void register() {
    registered = null;
    boolean done = messages.attempt(() -> registered = fhirClients.register(name, keys, chosen()));
    if (done) {
      messages.info(null, "fhirClient.registered");
      name = null;
      keys = null;
      scopes = new FhirScope[0];
    }
    load();
  }

  public void revoke(FhirClientSummary client) {
    registered = null;
    if (messages.attempt(() -> fhirClients.revoke(client.id(), client.version()))) {
      messages.info(null, "fhirClient.revokedNow");
    }
    load();
  }

  public List<FhirClientSummary> getClients() {
    return clients;
  }

  public FhirClientSummary getRegistered() {
    return registered;
  }

  /** Where clients read, to tell their developers. */
  public String getFhirBase() {
    return portal.of(RecordExports.FHIR_PATH);
  }

  /** Where clients trade a signed assertion for a token. */
  public String getTokenEndpoint() {
    return portal.of(BackendTokens.TOKEN_PATH);
  }

  public FhirScope[] getAllScopes() {
    return FhirScope.values();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getKeys() {
    return keys;
  }

  public void setKeys(String keys) {
    this.keys = keys;
  }

  public FhirScope[] getScopes() {
    return scopes.clone();
  }

  public void setScopes(FhirScope[] scopes) {
    this.scopes = scopes == null ? new FhirScope[0] : scopes.clone();
  }

  private Set<FhirScope> chosen() {
    Set<FhirScope> chosen = EnumSet.noneOf(FhirScope.class);
    chosen.addAll(Arrays.asList(scopes));
    return chosen;
  }
}
