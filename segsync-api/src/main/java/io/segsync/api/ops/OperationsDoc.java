package io.segsync.api.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Renders {@code docs/api-operations.md} from the operation definitions themselves, so the table
 * cannot drift from the code ({@code OperationsDocTest} fails when the committed file differs).
 */
public final class OperationsDoc {
    /** The file, as seen from the segsync-api module directory (where Maven runs its tests). */
    public static final Path DEFAULT_FILE = Path.of("..", "docs", "api-operations.md");

    private OperationsDoc() {}

    public static String render() {
        StringBuilder md = new StringBuilder();
        md.append("# Segment Public API operations supported by segsync\n\n");
        md.append("<!-- Generated from the definitions in segsync-api (io.segsync.api.ops). Do not edit by hand.\n");
        md.append("     Regenerate: ./mvnw -q -o -pl segsync-api -am verify -Dsegsync.regenerateDocs=true -->\n\n");
        md.append("Every GET operation of the Segment Public API (73.2.0) that segsync can call: ")
                .append(Operations.all().size()).append(" operations.\n\n");
        md.append("- **version**: the `Accept` media type sent (`application/vnd.segment.<version>+json`), the most stable the operation has.\n");
        md.append("- **pagination**: how the client pages it; the page size sent is the connection's page size, capped per variant.\n");
        md.append("- **list key**: the field under `data` that holds the records (for single objects: the object's field).\n");
        md.append("- **required query**: parameters the caller passes (ISO-8601 for times and `period`); the call fails before sending without them.\n");
        md.append("- **rate class**: the operation's own published limit, paced per token by the client, or the token's default limit.\n");
        md.append("- **needs**: a feature or plan the workspace must have; without it Segment answers 403 or 404.\n");
        Area current = null;
        for (Operation op : Operations.all()) {
            if (op.area() != current) {
                current = op.area();
                md.append("\n## ").append(current.title()).append("\n\n");
                md.append("| operation | path | version | pagination | list key | required query | rate class | needs |\n");
                md.append("|---|---|---|---|---|---|---|---|\n");
            }
            md.append("| `").append(op.id()).append("` | `").append(op.pathTemplate()).append("` | ")
                    .append(op.version().name().toLowerCase(java.util.Locale.ROOT)).append(" | ")
                    .append(pagination(op)).append(" | `")
                    .append(String.join("`, `", op.lists())).append("`")
                    .append(op.returnsList() ? "" : " (object)").append(" | ")
                    .append(op.requiredQuery().stream().map(q -> "`" + q + "`").collect(Collectors.joining(", "))).append(" | ")
                    .append(op.rateClass()).append(" | ")
                    .append(op.gating()).append(" |\n");
        }
        return md.toString();
    }

    private static String pagination(Operation op) {
        if (op.pagination() == PaginationStyle.NONE) {
            return op.returnsList() ? "none (whole list)" : "none";
        }
        return op.pagination().name() + ": " + op.pagination().description() + " (`" + op.pagination().parameterForm() + "`)";
    }

    /** Writes the table to the given file, or to {@link #DEFAULT_FILE}. */
    public static void main(String[] args) throws IOException {
        Path file = args.length > 0 ? Path.of(args[0]) : DEFAULT_FILE;
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, render(), StandardCharsets.UTF_8);
        System.out.println("wrote " + file.toAbsolutePath().normalize());
    }
}
