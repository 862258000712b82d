package org.clinicportal.exchange;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.clinicportal.platform.Tenancy;

/**
 * FHIR Bulk Data export for the bearer of an access token: kick-off, polling, cancelling and the
 * files, each checked against the token first. An export writes every kind asked for ({@code
 * _type}, by default every kind the token's scopes reach) of the clinic, a caseload or the
 * patients, needs the Patient scope whatever it covers, and runs in the background once its row is
 * committed; only the client that started it learns where it stands or reads its files.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BulkExports {

  @Inject private BackendTokens tokens;
  @Inject private Tenancy tenancy;
  @Inject private ExportJobs jobs;
  @Inject private ExportRunner runner;
  @Inject private ExportFiles files;

  /**
   * Starts an export.
   *
   * @param therapist the therapist's practitioner id for a caseload, else null
   * @param typeParameter the {@code _type} parameter as sent, or null
   * @param request the kick-off request's address, kept for the manifest
   * @throws ApiAccessException without a working token, or when its scopes miss Patient or a kind
   *     asked for
   * @throws ExportRefusedException for a kind the export does not write, an unknown caseload, or
   *     while the client's last export runs
   */
  public ExportJob start(
      String bearerToken, ExportLevel level, Long therapist, String typeParameter, String request)
      throws ApiAccessException, ExportRefusedException {
    ClientGrant grant = tokens.grant(bearerToken);
    if (!grant.reaches("Patient")) {
      throw ApiAccessException.outOfScope("Patient");
    }
    List<String> types = types(typeParameter, grant);
    ExportJob job;
    try {
      job =
          tenancy.callAsClinic(
              grant.clinicId(), () -> jobs.start(grant, level, therapist, types, request));
    } catch (EJBException startedTwiceAtOnce) {
      throw ExportRefusedException.running();
    }
    runner.run(grant.clinicId(), job.jobId());
    return job;
  }

  /**
   * Where the client's export stands.
   *
   * @throws ExportRefusedException 404 for an export that is not the client's
   */
  public ExportJob status(String bearerToken, String jobId)
      throws ApiAccessException, ExportRefusedException {
    ClientGrant grant = tokens.grant(bearerToken);
    return tenancy.callAsClinic(grant.clinicId(), () -> jobs.find(grant, jobId));
  }

  /**
   * Cancels the client's running export; it stops at its next batch and its files go.
   *
   * @throws ExportRefusedException 404 for an export that is not the client's or not running
   */
  public void cancel(String bearerToken, String jobId)
      throws ApiAccessException, ExportRefusedException {
    ClientGrant grant = tokens.grant(bearerToken);
    tenancy.callAsClinic(
        grant.clinicId(),
        () -> {
          jobs.cancel(grant, jobId);
          return null;
        });
  }

  /**
   * The file of one kind of the client's finished export, its download audited.
   *
   * @throws ExportRefusedException 404 for an export that is not the client's or not done, or a
   *     kind it has no file of
   */
  public Path file(String bearerToken, String jobId, String type)
      throws ApiAccessException, ExportRefusedException {
    ClientGrant grant = tokens.grant(bearerToken);
    tenancy.callAsClinic(
        grant.clinicId(),
        () -> {
          jobs.download(grant, jobId, type);
          return null;
        });
    return files.fileOf(jobId, type);
  }

  private static List<String> types(String parameter, ClientGrant grant)
      throws ApiAccessException, ExportRefusedException {
    if (parameter == null || parameter.isBlank()) {
      return ExportJobs.EXPORTABLE.stream().filter(grant::reaches).toList();
    }
    List<String> asked = new ArrayList<>();
    for (String type : Arrays.stream(parameter.split(",")).map(String::strip).toList()) {
      if (!ExportJobs.EXPORTABLE.contains(type)) {
        throw new ExportRefusedException(
            400, "_type names " + type + "; an export writes " + ExportJobs.EXPORTABLE);
      }
      if (!grant.reaches(type)) {
        throw ApiAccessException.outOfScope(type);
      }
      if (!asked.contains(type)) {
        asked.add(type);
      }
    }
    return ExportJobs.EXPORTABLE.stream().filter(asked::contains).toList();
  }
}
