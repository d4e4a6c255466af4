package io.segsync.target.files;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.core.fault.FaultPoints;
import io.segsync.core.target.RunInfo;
import io.segsync.core.target.TargetException;
import io.segsync.target.duckdb.DuckDbSession;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;

/**
 * Publishes a run's tables as files. Each file is written under a hidden temporary name and renamed
 * into its stream's folder; the manifest, renamed into place last, is the moment the run becomes
 * visible; files of earlier runs are removed after it. A crash at any step leaves the previous
 * manifest valid, and the next run removes what is not in its manifest.
 */
final class Publisher {
    static final String MANIFEST = "_segsync_manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final DuckDbSession work;
    private final Path dir;
    private final FileFormat format;
    private final RunInfo run;

    Publisher(DuckDbSession work, Path dir, FileFormat format, RunInfo run) {
        this.work = work;
        this.dir = dir;
        this.format = format;
        this.run = run;
    }

    void publish() {
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("version", 1);
        manifest.put("runId", run.runId());
        manifest.put("committedAt", run.startedAt().toString());
        manifest.put("format", format.extension());
        ObjectNode tables = manifest.putObject("tables");
        Set<Path> current = new HashSet<>();
        try {
            for (String table : work.publishedTables()) {
                Path folder = Files.createDirectories(dir.resolve(table));
                String name = "part-" + run.runId() + "." + format.extension();
                Path tmp = folder.resolve("." + name + ".tmp");
                long rows = work.copyTo(table, tmp, format.duckdbFormat());
                Path file = folder.resolve(name);
                move(tmp, file);
                current.add(file);
                ObjectNode entry = tables.putObject(table);
                entry.putArray("files").add(table + "/" + name);
                entry.put("rows", rows);
            }
            FaultPoints.reached("publish.before-manifest");
            Path tmpManifest = dir.resolve("." + MANIFEST + ".tmp");
            Files.write(tmpManifest, JSON.writeValueAsBytes(manifest));
            move(tmpManifest, dir.resolve(MANIFEST));
            FaultPoints.reached("publish.after-manifest");
            removeOutdated(current);
        } catch (IOException e) {
            throw new TargetException("could not publish the files in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Removes data files that the manifest no longer lists (earlier runs, or a crashed run's leftovers). */
    private void removeOutdated(Set<Path> current) throws IOException {
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(dir, Files::isDirectory)) {
            for (Path folder : folders) {
                if (folder.getFileName().toString().equals(FilesTarget.WORK_DIR)) {
                    continue;
                }
                try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
                    for (Path file : files) {
                        String name = file.getFileName().toString();
                        boolean ours = name.startsWith("part-") || name.startsWith(".part-");
                        if (ours && !current.contains(file)) {
                            Files.deleteIfExists(file);
                        }
                    }
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
