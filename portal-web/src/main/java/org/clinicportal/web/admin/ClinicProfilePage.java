package org.clinicportal.web.admin;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.ClinicProfile;
import org.clinicportal.platform.Language;
import org.clinicportal.web.Messages;
import org.clinicportal.web.PortalLanguage;
import org.primefaces.model.file.UploadedFile;

/** The clinic administrator edits how the clinic presents itself and uploads its logo. */
@Named
@ViewScoped
public class ClinicProfilePage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ClinicProfile profile;
  @Inject private Messages messages;
  @Inject private FacesContext faces;
  @Inject private PortalLanguage portalLanguage;

  private String name;
  private String address;
  private String phone;
  private String colour;
  private String timeZone;
  private Language language;
  private String mailSender;
  private String replyTo;
  private String urgentTo;
  private transient UploadedFile logo;

  public void load() {
    Clinic clinic = profile.current();
    name = clinic.getName();
    address = clinic.getAddress();
    phone = clinic.getPhone();
    colour = clinic.getPrimaryColour();
    timeZone = clinic.getTimeZone();
    language = clinic.getLanguage();
    mailSender = clinic.getMailSenderName();
    replyTo = clinic.getMailReplyTo();
    urgentTo = clinic.getUrgentNoticeEmail();
  }

  public void save() throws IOException {
    messages.attempt(
        () -> {
          profile.describe(name, address, phone, colour, timeZone, language);
          portalLanguage.clinicChangedTo(language);
          faces.getViewRoot().setLocale(language.locale());
          profile.signMail(mailSender, replyTo, urgentTo);
          if (logo != null && logo.getSize() > 0) {
            profile.showLogo(logo.getContent());
          }
          showAgain("profile.saved");
        });
  }

  public void removeLogo() throws IOException {
    profile.removeLogo();
    showAgain("profile.logo.removed");
  }

  /** A fresh request after a change, so that the page header shows the clinic as it now is. */
  private void showAgain(String messageKey) throws IOException {
    messages.flashInfo(messageKey);
    ExternalContext external = faces.getExternalContext();
    external.redirect(external.getRequestContextPath() + "/admin/profile.xhtml");
  }

  /**
   * The zones the menu offers: the named ones, and first the clinic's own when it is not among them
   * (the demo clinic keeps UTC), so that saving the profile unchanged keeps the clinic's time zone
   * instead of taking the menu's first entry.
   */
  public List<String> getTimeZones() {
    List<String> named = timeZones();
    if (timeZone == null || named.contains(timeZone)) {
      return named;
    }
    List<String> offered = new ArrayList<>(named.size() + 1);
    offered.add(timeZone);
    offered.addAll(named);
    return offered;
  }

  /** The named time zones a clinic can choose from, sorted. */
  public static List<String> timeZones() {
    return ZoneId.getAvailableZoneIds().stream()
        .filter(
            zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
        .sorted()
        .toList();
  }

  public int getMaxLogoBytes() {
    return ClinicProfile.MAX_LOGO_BYTES;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getColour() {
    return colour;
  }

  public void setColour(String colour) {
    this.colour = colour;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }

  public List<Language> getLanguages() {
    return List.of(Language.values());
  }

  public String getMailSender() {
    return mailSender;
  }

  public void setMailSender(String mailSender) {
    this.mailSender = mailSender;
  }

  public String getUrgentTo() {
    return urgentTo;
  }

  public void setUrgentTo(String urgentTo) {
    this.urgentTo = urgentTo;
  }

  public String getReplyTo() {
    return replyTo;
  }

  public void setReplyTo(String replyTo) {
    this.replyTo = replyTo;
  }

  public UploadedFile getLogo() {
    return logo;
  }

  public void setLogo(UploadedFile logo) {
    this.logo = logo;
  }
}
