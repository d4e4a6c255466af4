package io.segsync.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code docs/api-operations.md} is exactly what the definitions render. To update it
 * after changing a definition: {@code ./mvnw -q -o -pl segsync-api -am verify -Dsegsync.regenerateDocs=true}.
 */
class OperationsDocTest {

    @Test
    void theCommittedTableMatchesTheDefinitions() throws IOException {
        String rendered = OperationsDoc.render();
        if (Boolean.getBoolean("segsync.regenerateDocs")) {
            OperationsDoc.main(new String[] {OperationsDoc.DEFAULT_FILE.toString()});
        }
        assertThat(OperationsDoc.DEFAULT_FILE).as("docs/api-operations.md (regenerate with -Dsegsync.regenerateDocs=true)").exists();
        assertThat(Files.readString(OperationsDoc.DEFAULT_FILE, StandardCharsets.UTF_8))
                .as("docs/api-operations.md is out of date: regenerate with -Dsegsync.regenerateDocs=true")
                .isEqualTo(rendered);
    }

    @Test
    void everyOperationHasARow() {
        String rendered = OperationsDoc.render();
        for (Operation op : Operations.all()) {
            assertThat(rendered).contains("| `" + op.id() + "` | `" + op.pathTemplate() + "` |");
        }
        assertThat(rendered).contains("| `listSyncsFromWarehouse` |").contains("| 2/min |")
                .contains("TWO_CURSORS").contains("OFFSET: numeric offset, count <= 10");
    }
}
