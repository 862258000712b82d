package org.clinicportal.exchange;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.clinicportal.platform.CsvLines;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.Tenancy;
import org.hl7.fhir.r4.model.Resource;

/**
 * The whole clinic as one ZIP archive, for an administrator whose clinic moves to another system:
 * its records as FHIR R4 NDJSON (the files a Bulk Data export writes), a CSV per kind of record
 * (patients, assessments, trigger points, programs, journal, alerts), each signed assessment and
 * the handout of each running program as PDFs, and a note on what is where. The patients are read a
 * batch per transaction into files of the server's user alone, which are zipped into the response
 * and then removed, so that the heap holds one batch whatever the clinic's size.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ClinicArchives {

  /** Patients read in one transaction; with their handouts, a few megabytes at most. */
  static final int BATCH = 50;

  private static final String NOTE =
      """
      This archive holds every record of the clinic in the clinic portal when it was made.

      fhir/      the records as FHIR R4, one resource per line (NDJSON), a file per kind:
                 the clinic (Organization), its therapists (Practitioner), its exercise
                 library (ActivityDefinition), the patients, each
                 home-program version (CarePlan) with its exercises (ServiceRequest), every
                 measure (Observation), the journal's safety answers (QuestionnaireResponse) and
                 the alerts (Flag). Codes of the portal's own are defined at the portal's FHIR
                 address under CodeSystem/.
      csv/       the same records as tables, one row per record (a trigger point palpated, an
                 exercise of a program version), each naming its patient by record number.
      assessments/ each signed assessment (its current version) as a PDF.
      handouts/  the handout of each patient's running home program, as printed.
      """;

  @Inject private Tenancy tenancy;
  @Inject private ArchiveParts parts;

  /**
   * Writes the archive of the caller's clinic.
   *
   * @throws RecordException for anyone but the clinic's administrators
   * @throws IOException when the archive cannot be written or sent
   */
  public void write(OutputStream out) throws RecordException, IOException {
    tenancy.requireRole(Role.CLINIC_ADMIN);
    Path folder =
        Files.createTempDirectory(
            "clinic-archive",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    try {
      gather(folder);
      zip(folder, out);
    } finally {
      ExportFiles.removeTree(folder);
    }
  }

  private void gather(Path folder) throws RecordException, IOException {
    Files.createDirectories(folder.resolve("fhir"));
    Files.createDirectories(folder.resolve("csv"));
    Files.createDirectories(folder.resolve("handouts"));
    Files.createDirectories(folder.resolve("assessments"));
    IParser json = FhirContext.forR4Cached().newJsonParser().setPrettyPrint(false);
    Map<String, Writer> files = new LinkedHashMap<>();
    try {
      for (var table : ArchiveTables.HEADERS.entrySet()) {
        writer(files, folder.resolve("csv").resolve(table.getKey()))
            .write(CsvLines.line(table.getValue()));
      }
      write(folder, files, json, parts.staff());
      long after = 0;
      ArchiveBatch batch;
      do {
        batch = parts.batch(after, BATCH);
        write(folder, files, json, batch.resources());
        for (var rows : batch.rows().entrySet()) {
          Writer table = files.get(folder.resolve("csv").resolve(rows.getKey()).toString());
          for (List<String> row : rows.getValue()) {
            table.write(CsvLines.line(row));
          }
        }
        for (var document : batch.documents().entrySet()) {
          Files.write(folder.resolve(document.getKey()), document.getValue());
        }
        after = batch.lastPatientId();
      } while (batch.patients() == BATCH);
    } finally {
      for (Writer writer : files.values()) {
        writer.close();
      }
    }
  }

  private static void write(
      Path folder, Map<String, Writer> files, IParser json, List<Resource> resources)
      throws IOException {
    for (Resource resource : resources) {
      Writer file = writer(files, folder.resolve("fhir").resolve(resource.fhirType() + ".ndjson"));
      file.write(json.encodeResourceToString(resource));
      file.write('\n');
    }
  }

  private static Writer writer(Map<String, Writer> files, Path path) throws IOException {
    Writer writer = files.get(path.toString());
    if (writer == null) {
      writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
      files.put(path.toString(), writer);
    }
    return writer;
  }

  private static void zip(Path folder, OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    zip.putNextEntry(new ZipEntry("README.txt"));
    zip.write(NOTE.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
    for (String part : List.of("fhir", "csv", "assessments", "handouts")) {
      try (Stream<Path> files = Files.list(folder.resolve(part))) {
        for (Path file : files.sorted().toList()) {
          zip.putNextEntry(new ZipEntry(part + "/" + file.getFileName()));
          Files.copy(file, zip);
          zip.closeEntry();
        }
      }
    }
    zip.finish();
  }
}
