package org.clinicportal.web.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.clinicportal.homecare.CheckInBarrier;
import org.clinicportal.homecare.CheckInQuestion;
import org.clinicportal.homecare.MailLinks;
import org.clinicportal.web.Messages;
import org.clinicportal.web.security.SameOrigin;

/**
 * The weekly check-in's page, reached from a link in the check-in mail or from the patient's own
 * page. Opening it records nothing (mail programs open links to scan them): the number of days the
 * link was tapped for comes chosen, and one tap on what got in the way sends both answers.
 */
@Named
@RequestScoped
public class CheckInPage {

  private static final DateTimeFormatter WEEK_ENDING = DateTimeFormatter.ofPattern("EEEE d MMMM");
  private static final List<Integer> DAY_CHOICES = IntStream.rangeClosed(0, 7).boxed().toList();

  @Inject private MailLinks links;
  @Inject private FacesContext faces;
  @Inject private Messages messages;

  private String token;
  private Integer days;
  private CheckInQuestion question;
  private boolean read;
  private boolean done;

  /** The link's token and the number of days it was tapped for, read before the page renders. */
  @PostConstruct
  void readLink() {
    Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
    setToken(parameters.get("t"));
    days = dayCount(parameters.get("days"));
  }

  /** The check-in the link asks, or null for a link that is not valid. */
  public CheckInQuestion getQuestion() {
    if (!read) {
      question = token == null ? null : links.readCheckIn(token).orElse(null);
      read = true;
    }
    return question;
  }

  /** Sends the number of days chosen and what got in the way. */
  public void answer(CheckInBarrier barrier) {
    if (!SameOrigin.posted((HttpServletRequest) faces.getExternalContext().getRequest())) {
      messages.error(null, "mail.link.elsewhere");
      return;
    }
    if (days == null) {
      messages.error("checkIn:days", "checkIn.days.missing");
      return;
    }
    if (token == null) {
      messages.error(null, "mail.link.invalid");
      return;
    }
    done =
        messages.attempt(
            () -> {
              question = links.answerCheckIn(token, days, barrier);
              read = true;
            });
  }

  /** The last day of the week asked about, in words. */
  public String getWeekEnding() {
    CheckInQuestion asked = getQuestion();
    return asked == null
        ? ""
        : WEEK_ENDING.withLocale(faces.getViewRoot().getLocale()).format(asked.weekEnding());
  }

  public List<Integer> getDayChoices() {
    return DAY_CHOICES;
  }

  public List<CheckInBarrier> getBarriers() {
    return List.of(CheckInBarrier.values());
  }

  public boolean isDone() {
    return done;
  }

  public Integer getDays() {
    return days;
  }

  public void setDays(Integer days) {
    this.days = days;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token == null || token.isBlank() || token.length() > 400 ? null : token.strip();
  }

  private static Integer dayCount(String text) {
    if (text == null || !text.matches("[0-7]")) {
      return null;
    }
    return Integer.valueOf(text);
  }
}
