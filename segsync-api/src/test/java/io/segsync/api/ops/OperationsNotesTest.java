package io.segsync.api.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The operation definitions against the research notes (NOTES.md §2): every GET operation is defined,
 * with the notes' path, version, list key, pagination variant, required query and per-minute limit.
 */
class OperationsNotesTest {
    /**
     * Where the list is not the first field of the notes' "data fields" column. Each must still be one
     * of the fields; NOTES.md names them in its "list keys easy to miss" bullets.
     */
    private static final Map<String, String> LIST_KEY_NOT_FIRST = Map.of(
            "getEventsVolumeFromWorkspace", "result",
            "getEgressFailedMetricsFromDeliveryOverview", "dataset",
            "getEgressSuccessMetricsFromDeliveryOverview", "dataset",
            "getFilteredAtDestinationMetricsFromDeliveryOverview", "dataset",
            "getFilteredAtSourceMetricsFromDeliveryOverview", "dataset",
            "getIngressFailedMetricsFromDeliveryOverview", "dataset",
            "getIngressSuccessMetricsFromDeliveryOverview", "dataset",
            "listSchemaSettingsInSource", "settings");

    @Test
    void everyGetOperationOfTheNotesIsDefinedAndNothingElse() {
        Set<String> notes = NotesTable.rows().stream().map(NotesTable.Row::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> code = Operations.all().stream().map(Operation::id).collect(Collectors.toCollection(TreeSet::new));
        assertThat(notes).as("operations in NOTES.md §2").hasSizeGreaterThanOrEqualTo(100);
        assertThat(code).containsExactlyElementsOf(notes);
    }

    @Test
    void eachDefinitionMatchesItsRow() {
        Map<String, Operation> byId = Operations.all().stream().collect(Collectors.toMap(Operation::id, Function.identity()));
        assertSoftly(soft -> {
            for (NotesTable.Row row : NotesTable.rows()) {
                Operation op = byId.get(row.id());
                if (op == null) {
                    soft.fail("missing " + row.id());
                    continue;
                }
                String id = row.id();
                soft.assertThat(op.area().title()).as(id + " area").isEqualTo(row.area());
                soft.assertThat(op.pathTemplate()).as(id + " path").isEqualTo(row.path());
                soft.assertThat(op.version().name().toLowerCase()).as(id + " version").isEqualTo(row.version());
                soft.assertThat(op.requiredQuery()).as(id + " required query").isEqualTo(row.requiredQuery());
                soft.assertThat(op.perMinuteLimit()).as(id + " per-minute limit").isEqualTo(row.perMinute());
                soft.assertThat(op.pagination()).as(id + " pagination").isIn(stylesFor(id, row.pagination()));
                soft.assertThat(row.fields()).as(id + " fields hold the list key").contains(op.listKey());
                String expectedKey = LIST_KEY_NOT_FIRST.getOrDefault(id, row.fields().get(0));
                if (op.pagination() == PaginationStyle.TWO_CURSORS) {
                    soft.assertThat(op.lists()).as(id + " lists").containsExactly("warehouses", "sources");
                    soft.assertThat(row.fields()).contains("warehousesPagination", "sourcesPagination");
                } else {
                    soft.assertThat(op.listKey()).as(id + " list key").isEqualTo(expectedKey);
                }
                if (!row.pagination().equals("—")) {
                    soft.assertThat(op.returnsList()).as(id + " returns a list").isTrue();
                }
            }
        });
    }

    @Test
    void theExceptionsToFirstFieldAreNamedInTheNotes() {
        String notes = NotesTable.text();
        assertThat(notes).contains("`/events/volume` → `result`", "delivery overview → `dataset`");
        assertThat(notes).contains("`listSchemaSettingsInSource`");
    }

    @Test
    void theUnpagedListsOfTheNotesAreListsWithoutPagination() {
        String notes = NotesTable.text();
        for (String id : new String[] {"listLabels", "listAudienceSchedulesFromSpaceAndAudience", "listSchemaSettingsInSource"}) {
            assertThat(notes).contains("`" + id + "`");
            Operation op = Operations.byId(id).orElseThrow();
            assertThat(op.returnsList()).as(id).isTrue();
            assertThat(op.pagination()).as(id).isEqualTo(PaginationStyle.NONE);
        }
        assertThat(Operations.all().stream().filter(op -> op.id().startsWith("listSampleValues")))
                .hasSize(3).allSatisfy(op -> {
                    assertThat(op.returnsList()).isTrue();
                    assertThat(op.pagination()).isEqualTo(PaginationStyle.NONE);
                });
    }

    @Test
    void pageSizeCapsFollowTheNotes() {
        String notes = NotesTable.text();
        assertThat(notes).contains("`listAudiences` uses `ListAudiencesPaginationInput`, with count 1..**200**");
        assertThat(Operations.byId("listAudiences").orElseThrow().pagination().maxCount()).isEqualTo(200);
        assertThat(notes).contains("numeric offset `cursor` and count 1..**10**");
        assertThat(Operations.byId("listFiltersForSpace").orElseThrow().pagination().maxCount()).isEqualTo(10);
        assertThat(notes).contains("top-level `count` (1..100, default 10) and `cursor`");
        assertThat(Operations.byId("listReverseETLSyncStatusesFromModelAndSubscriptionId").orElseThrow().pagination().maxCount())
                .isEqualTo(100);
        assertThat(notes).contains("**count**: integer 1..1000");
        assertThat(PaginationStyle.CURSOR.maxCount()).isEqualTo(1000);
    }

    @Test
    void idsAreUniqueAndPathParametersAreNamed() {
        assertThat(Operations.all()).extracting(Operation::id).doesNotHaveDuplicates();
        for (Operation op : Operations.all()) {
            assertThat(op.pathParameters()).as(op.id()).doesNotHaveDuplicates().allMatch(p -> p.matches("[A-Za-z]+"));
            assertThat(Operations.byId(op.id())).contains(op);
        }
    }

    private static Set<PaginationStyle> stylesFor(String id, String notesPagination) {
        return switch (notesPagination) {
            case "—" -> Set.of(PaginationStyle.NONE);
            case "yes" -> Set.of(id.equals("listAudiences") ? PaginationStyle.AUDIENCES : PaginationStyle.CURSOR);
            case "fwd-only" -> Set.of(PaginationStyle.FORWARD_ONLY);
            case "in only" -> Set.of(PaginationStyle.INPUT_ONLY);
            case "offset(int)" -> Set.of(PaginationStyle.OFFSET);
            case "count/cursor (top-level)" -> Set.of(PaginationStyle.TOP_LEVEL_COUNT_CURSOR);
            case "2 cursors" -> Set.of(PaginationStyle.TWO_CURSORS);
            default -> throw new AssertionError(id + ": unknown pagination '" + notesPagination + "' in NOTES.md");
        };
    }
}
