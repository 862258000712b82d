package org.clinicportal.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.clinicportal.homecare.ExerciseLog;
import org.clinicportal.homecare.HomeCare;
import org.clinicportal.homecare.JournalEntry;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.RecordException;
import org.clinicportal.web.PortalLanguage;

/**
 * The signed-in patient's home care as JSON, for pages that keep working without the network. Each
 * call goes to the same {@link HomeCare} service as the patient's pages, which takes the patient
 * from the signed-in account and checks every id and value as the pages' forms are checked.
 */
@Path("patient")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PatientResource {

  @Inject private HomeCare homeCare;
  @Context private HttpServletRequest request;
  @Inject private PortalLanguage language;

  /**
   * Today's exercises of the patient's active program, with each round's answer, and the app's
   * words in the patient's language.
   */
  @GET
  @Path("today")
  public TodayJson today() throws RecordException {
    if (!(request.getUserPrincipal() instanceof ClinicPrincipal me) || me.clinicId() == null) {
      throw new RecordException("homecare.noRecord");
    }
    return TodayJson.of(
        homeCare.todaysPlan(),
        request.getContextPath(),
        me.timeZone(),
        owner(me.getName()),
        language.current(),
        AppWords.in(language.getLocale()));
  }

  /** The account's name made unreadable: the same for the same account, and nothing more. */
  static String owner(String accountName) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(("portal-app-owner:" + accountName).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException missing) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", missing);
    }
  }

  /**
   * A round marked done or skipped, today or on a day of the last week; the same answer sent again
   * is one answer.
   */
  @POST
  @Path("rounds")
  @Consumes(MediaType.APPLICATION_JSON)
  public RoundJson.Logged logRound(RoundJson round) throws RecordException {
    if (round == null) {
      throw new RecordException("api.json");
    }
    ExerciseLog log =
        homeCare.log(
            round.item(),
            round.dayOrRefuse(),
            round.round(),
            round.outcomeOrRefuse(),
            round.reasonOrRefuse());
    return new RoundJson.Logged(
        log.getItem().getId(),
        log.getPerformedOn().toString(),
        log.getRound(),
        log.getOutcome().name());
  }

  /**
   * A journal entry written; its key, made on the device, makes the same entry sent twice one
   * entry. A yes to a safety question raises the urgent alert as the journal page does.
   */
  @POST
  @Path("journal")
  @Consumes(MediaType.APPLICATION_JSON)
  public JournalJson.Written writeEntry(JournalJson entry) throws RecordException {
    if (entry == null) {
      throw new RecordException("api.json");
    }
    JournalEntry written = homeCare.record(entry.toForm());
    return new JournalJson.Written(
        written.getId(), written.getSessionOn().toString(), written.raisesSafetyConcern());
  }

  /** Adherence week by week, pain over time and the next review. */
  @GET
  @Path("progress")
  public ProgressJson progress() throws RecordException {
    return ProgressJson.of(homeCare.myProgress());
  }
}
