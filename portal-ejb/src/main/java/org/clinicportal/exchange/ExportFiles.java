package org.clinicportal.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where the files of Bulk Data exports are written: a folder per export, named by its job id, a
 * file per kind of resource. The folder is {@code PORTAL_EXPORT_DIR}, or {@code portal-exports} in
 * the server's temporary folder; only names the portal made (a job id, a resource type) are ever
 * joined to it. The files hold patients' records: the folders and files are made readable by the
 * server's own user alone.
 */
@ApplicationScoped
public class ExportFiles {

  private static final Pattern JOB_ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Pattern TYPE = Pattern.compile("[A-Z][A-Za-z]{1,40}");

  private static final String OWNER_FOLDER = "rwx------";
  private static final String OWNER_FILE = "rw-------";

  private final Path root;

  public ExportFiles() {
    String configured = System.getenv("PORTAL_EXPORT_DIR");
    this.root =
        configured == null || configured.isBlank()
            ? Path.of(System.getProperty("java.io.tmpdir"), "portal-exports")
            : Path.of(configured.strip());
  }

  /** The export's folder, made if missing, open to the server's own user alone. */
  Path folderOf(String jobId) throws IOException {
    Files.createDirectories(root, ownerOnly(OWNER_FOLDER));
    Path folder = folder(jobId);
    return Files.exists(folder) ? folder : Files.createDirectory(folder, ownerOnly(OWNER_FOLDER));
  }

  /** A new file of one kind of resource of an export, readable by the server's own user alone. */
  Writer newFile(String jobId, String type) throws IOException {
    Path file = Files.createFile(fileOf(jobId, type), ownerOnly(OWNER_FILE));
    return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }

  /** The file of one kind of resource of an export. */
  Path fileOf(String jobId, String type) {
    if (!TYPE.matcher(type).matches()) {
      throw new IllegalArgumentException("Not a resource type: " + type);
    }
    return folder(jobId).resolve(type + ".ndjson");
  }

  /** Removes an export's folder and everything in it. */
  void delete(String jobId) {
    removeTree(folder(jobId));
  }

  /** Removes a folder of the portal's own files and everything in it, if it is there. */
  static void removeTree(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> inside = Files.walk(folder)) {
      for (Path each : inside.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(each);
      }
    } catch (IOException unremoved) {
      throw new UncheckedIOException(unremoved);
    }
  }

  private FileAttribute<?>[] ownerOnly(String permissions) {
    return root.getFileSystem().supportedFileAttributeViews().contains("posix")
        ? new FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
        }
        : new FileAttribute<?>[0];
  }

  private Path folder(String jobId) {
    if (!JOB_ID.matcher(jobId).matches()) {
      throw new IllegalArgumentException("Not a job id: " + jobId);
    }
    return root.resolve(jobId);
  }
}
