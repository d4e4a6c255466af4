package io.segsync.cli.connection;

import io.segsync.cli.CliException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads an API key kept in a file of its own (first line, trimmed). */
public final class ApiKeyFile {
    private ApiKeyFile() {}

    public static String read(Path path) {
        if (!Files.isRegularFile(path)) {
            throw CliException.usage("the API key file " + path + " does not exist");
        }
        try {
            String content = Files.readString(path, StandardCharsets.UTF_8).strip();
            if (content.isEmpty()) {
                throw CliException.usage("the API key file " + path + " is empty");
            }
            return content.lines().findFirst().orElse("").strip();
        } catch (IOException e) {
            throw CliException.usage("cannot read the API key file " + path + ": " + e.getMessage());
        }
    }
}
