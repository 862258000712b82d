package org.clinicportal.web.exchange;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicportal.exchange.ApiAccessException;
import org.clinicportal.exchange.BulkExports;
import org.clinicportal.exchange.ExportJob;
import org.clinicportal.exchange.ExportRefusedException;
import org.clinicportal.platform.PortalAddress;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * A Bulk Data export after its kick-off, for the client that started it and its token alone: {@code
 * GET /fhir/bulk/[job]} answers 202 with its progress while it runs, and the manifest once done
 * (each file's address, kind and count); {@code DELETE} cancels it; {@code GET
 * /fhir/bulk/[job]/[Type].ndjson} streams one file from disk. Anything else, another client's job
 * among it, is 404.
 */
@WebServlet(BulkKickOff.STATUS_PATH + "/*")
public class BulkStatusServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private static final Pattern STATUS = Pattern.compile("/([0-9a-f-]{36})");
  private static final Pattern FILE =
      Pattern.compile("/([0-9a-f-]{36})/([A-Z][A-Za-z]{1,40})\\.ndjson");

  @Inject private transient BulkExports exports;
  @Inject private transient PortalAddress portal;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    Matcher status = STATUS.matcher(path);
    Matcher file = FILE.matcher(path);
    try {
      if (status.matches()) {
        answerStatus(exports.status(ApiAnswers.bearer(request), status.group(1)), response);
      } else if (file.matches()) {
        send(exports.file(ApiAnswers.bearer(request), file.group(1), file.group(2)), response);
      } else {
        ApiAnswers.write(
            response, ApiAnswers.refusal(new ExportRefusedException(404, "No such export")));
      }
    } catch (ApiAccessException refused) {
      ApiAnswers.write(response, ApiAnswers.refusal(refused));
    } catch (ExportRefusedException refused) {
      ApiAnswers.write(response, ApiAnswers.refusal(refused));
    }
  }

  @Override
  protected void doDelete(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher status = STATUS.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
    try {
      if (!status.matches()) {
        throw new ExportRefusedException(404, "No such export");
      }
      exports.cancel(ApiAnswers.bearer(request), status.group(1));
      response.setStatus(HttpServletResponse.SC_ACCEPTED);
      ApiAnswers.write(
          response,
          OperationOutcome.IssueSeverity.INFORMATION,
          OperationOutcome.IssueType.INFORMATIONAL,
          "The export is cancelled");
    } catch (ApiAccessException refused) {
      ApiAnswers.write(response, ApiAnswers.refusal(refused));
    } catch (ExportRefusedException refused) {
      ApiAnswers.write(response, ApiAnswers.refusal(refused));
    }
  }

  private void answerStatus(ExportJob job, HttpServletResponse response) throws IOException {
    response.setHeader("Cache-Control", "no-store");
    switch (job.status()) {
      case RUNNING -> {
        response.setStatus(HttpServletResponse.SC_ACCEPTED);
        response.setHeader(
            "X-Progress", job.patientsDone() + " of " + job.patientsAll() + " patients written");
        response.setHeader("Retry-After", "5");
      }
      case DONE -> {
        JsonArrayBuilder output = Json.createArrayBuilder();
        job.output()
            .forEach(
                (type, count) ->
                    output.add(
                        Json.createObjectBuilder()
                            .add("type", type)
                            .add(
                                "url",
                                portal.of(
                                    BulkKickOff.STATUS_PATH
                                        + "/"
                                        + job.jobId()
                                        + "/"
                                        + type
                                        + ".ndjson"))
                            .add("count", count)));
        response.setStatus(HttpServletResponse.SC_OK);
        response.setHeader("Expires", DateTimeFormatter.RFC_1123_DATE_TIME.format(job.expiresAt()));
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response
            .getWriter()
            .write(
                Json.createObjectBuilder()
                    .add(
                        "transactionTime",
                        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(job.requestedAt()))
                    .add("request", job.request())
                    .add("requiresAccessToken", true)
                    .add("output", output)
                    .add("error", Json.createArrayBuilder())
                    .build()
                    .toString());
      }
      case FAILED -> {
        response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        ApiAnswers.write(
            response,
            OperationOutcome.IssueSeverity.ERROR,
            OperationOutcome.IssueType.EXCEPTION,
            job.problem());
      }
      case CANCELLED ->
          ApiAnswers.write(
              response,
              ApiAnswers.refusal(new ExportRefusedException(404, "The export was cancelled")));
    }
  }

  private static void send(Path file, HttpServletResponse response) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      response.setStatus(HttpServletResponse.SC_OK);
      response.setContentType("application/fhir+ndjson");
      response.setCharacterEncoding("UTF-8");
      response.setHeader("Cache-Control", "no-store");
      response.setContentLengthLong(Files.size(file));
      in.transferTo(response.getOutputStream());
    } catch (NoSuchFileException gone) {
      ApiAnswers.write(
          response, ApiAnswers.refusal(new ExportRefusedException(404, "The file is gone")));
    }
  }
}
