package org.clinicportal.exchange;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinicportal.platform.Pace;
import org.clinicportal.platform.Tenancy;
import org.hl7.fhir.r4.model.Resource;

/**
 * Writes an export's files in the background: the clinic and its therapists first, then the
 * patients {@link #BATCH} at a time, each batch read in a transaction of its own and written out
 * before the next is read, so that the heap holds one batch whatever the clinic's size. Each line
 * of a file is one resource in JSON (NDJSON). Like the alert watch it rests after each batch as
 * long as the batch took, leaving half a core to the people using the portal. A cancelled export
 * stops at the next batch and a failed one leaves no files behind.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExportRunner {

  private static final Logger LOG = Logger.getLogger(ExportRunner.class.getName());

  /** Patients read in one transaction. */
  static final int BATCH = 100;

  @Inject private Tenancy tenancy;
  @Inject private ExportJobs jobs;
  @Inject private ExportFiles files;

  @Asynchronous
  public void run(long clinicId, String jobId) {
    Map<String, Writer> writers = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    IParser json = FhirContext.forR4Cached().newJsonParser().setPrettyPrint(false);
    try {
      files.folderOf(jobId);
      write(jobId, tenancy.callAsClinic(clinicId, () -> jobs.staff(jobId)), writers, counts, json);
      long after = 0;
      Pace pace = Pace.start();
      ExportBatch batch;
      do {
        pace.batchStarts();
        long from = after;
        batch = tenancy.callAsClinic(clinicId, () -> jobs.batch(jobId, from, BATCH));
        if (!batch.running()) {
          close(writers);
          files.delete(jobId);
          return;
        }
        write(jobId, batch.resources(), writers, counts, json);
        after = batch.lastPatientId();
        if (batch.patients() == BATCH && !pace.rest()) {
          throw new IllegalStateException("Bulk export interrupted");
        }
      } while (batch.patients() == BATCH);
      close(writers);
      tenancy.callAsClinic(
          clinicId,
          () -> {
            jobs.finish(jobId, counts);
            return null;
          });
    } catch (IOException | RuntimeException failure) {
      LOG.log(Level.WARNING, "Bulk export " + jobId + " failed", failure);
      closeQuietly(writers);
      files.delete(jobId);
      tenancy.callAsClinic(
          clinicId,
          () -> {
            jobs.fail(jobId, "The export could not be written; start a new one");
            return null;
          });
    }
  }

  private void write(
      String jobId,
      List<Resource> resources,
      Map<String, Writer> writers,
      Map<String, Integer> counts,
      IParser json)
      throws IOException {
    for (Resource resource : resources) {
      String type = resource.fhirType();
      Writer writer = writers.get(type);
      if (writer == null) {
        writer = files.newFile(jobId, type);
        writers.put(type, writer);
      }
      writer.write(json.encodeResourceToString(resource));
      writer.write('\n');
      counts.merge(type, 1, Integer::sum);
    }
  }

  private static void close(Map<String, Writer> writers) throws IOException {
    for (Writer writer : writers.values()) {
      writer.close();
    }
  }

  private static void closeQuietly(Map<String, Writer> writers) {
    for (Writer writer : writers.values()) {
      try {
        writer.close();
      } catch (IOException ignored) {
        LOG.fine("An export file did not close");
      }
    }
  }
}
