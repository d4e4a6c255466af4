package io.segsync.sandbox.data;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * A top-level collection: a lazily generated base (regenerated from its index, never stored) plus an
 * overlay of the changes churn made. The overlay is swapped as a whole on every change, so readers on
 * server threads never lock and never see half a change.
 */
public final class ResourceCollection implements ResourceList {
    private final String name;
    private final int baseSize;
    private final IntFunction<ObjectNode> generator;
    private final IntFunction<String> baseId;
    private final Function<ObjectNode, String> idOf;
    private volatile Overlay overlay = new Overlay(new int[0], Map.of(), List.of(), 0);
    private volatile Map<String, Integer> baseIndex;

    /** What churn changed: deleted base indexes (sorted), replaced base items, created items in order. */
    private record Overlay(int[] deleted, Map<Integer, ObjectNode> updated, List<ObjectNode> created, long version) {}

    /** Where a resource lives: its base index (-1 when churn created it) and its current content. */
    public record Found(int baseIndex, ObjectNode node) {}

    public ResourceCollection(String name, int baseSize, IntFunction<ObjectNode> generator,
                              IntFunction<String> baseId, Function<ObjectNode, String> idOf) {
        this.name = name;
        this.baseSize = baseSize;
        this.generator = generator;
        this.baseId = baseId;
        this.idOf = idOf;
    }

    /** Collections whose resources carry their id in the {@code id} field. */
    public static ResourceCollection byId(String name, int baseSize, IntFunction<ObjectNode> generator, IntFunction<String> baseId) {
        return new ResourceCollection(name, baseSize, generator, baseId, n -> n.path("id").asText());
    }

    /** Generates the resource a base index would hold; churn uses indexes past the base for new ids. */
    public ObjectNode generate(int index) {
        return generator.apply(index);
    }

    public int baseSize() {
        return baseSize;
    }

    public String name() {
        return name;
    }

    public long version() {
        return overlay.version();
    }

    @Override
    public int size() {
        Overlay o = overlay;
        return baseSize - o.deleted().length + o.created().size();
    }

    @Override
    public ObjectNode get(int position) {
        Overlay o = overlay;
        int baseLive = baseSize - o.deleted().length;
        if (position < 0 || position >= baseLive + o.created().size()) {
            throw new IndexOutOfBoundsException(position);
        }
        if (position >= baseLive) {
            return o.created().get(position - baseLive).deepCopy();
        }
        int b = baseIndexAt(o.deleted(), position);
        ObjectNode changed = o.updated().get(b);
        return changed != null ? changed.deepCopy() : generator.apply(b);
    }

    /** The id at a position, without generating the resource when it is an unchanged base one. */
    public String idAt(int position) {
        Overlay o = overlay;
        int baseLive = baseSize - o.deleted().length;
        if (position >= baseLive) {
            return idOf.apply(o.created().get(position - baseLive));
        }
        return baseId.apply(baseIndexAt(o.deleted(), position));
    }

    /**
     * A field of the resource at a position: read from the resource when churn changed or created it,
     * else derived cheaply by {@code base} from the base index (parent indexes use this).
     */
    public String fieldAt(int position, String field, IntFunction<String> base) {
        Overlay o = overlay;
        int baseLive = baseSize - o.deleted().length;
        if (position >= baseLive) {
            return o.created().get(position - baseLive).path(field).asText();
        }
        int b = baseIndexAt(o.deleted(), position);
        ObjectNode changed = o.updated().get(b);
        return changed != null ? changed.path(field).asText() : base.apply(b);
    }

    /** The base index of a live position: the smallest b with b - deleted(<= b) == position, b not deleted. */
    private static int baseIndexAt(int[] deleted, int position) {
        int lo = position;
        int hi = position + deleted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int live = mid + 1 - countAtMost(deleted, mid);
            if (live >= position + 1) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static int countAtMost(int[] sorted, int value) {
        int i = Arrays.binarySearch(sorted, value);
        return i >= 0 ? i + 1 : -i - 1;
    }

    public Optional<Found> find(String id) {
        Overlay o = overlay;
        Integer b = baseIndex().get(id);
        if (b != null) {
            if (Arrays.binarySearch(o.deleted(), b) >= 0) {
                return Optional.empty();
            }
            ObjectNode changed = o.updated().get(b);
            return Optional.of(new Found(b, changed != null ? changed.deepCopy() : generator.apply(b)));
        }
        for (ObjectNode created : o.created()) {
            if (id.equals(idOf.apply(created))) {
                return Optional.of(new Found(-1, created.deepCopy()));
            }
        }
        return Optional.empty();
    }

    private Map<String, Integer> baseIndex() {
        Map<String, Integer> index = baseIndex;
        if (index == null) {
            synchronized (this) {
                if (baseIndex == null) {
                    Map<String, Integer> built = new HashMap<>(Math.max(16, baseSize * 2));
                    for (int i = 0; i < baseSize; i++) {
                        built.put(baseId.apply(i), i);
                    }
                    baseIndex = built;
                }
                index = baseIndex;
            }
        }
        return index;
    }

    /** Every current id in list order; cheap, as base ids are derived without generating resources. */
    public List<String> ids() {
        List<String> ids = new ArrayList<>(size());
        for (int p = 0, n = size(); p < n; p++) {
            ids.add(idAt(p));
        }
        return ids;
    }

    public synchronized void create(ObjectNode node) {
        Overlay o = overlay;
        List<ObjectNode> created = new ArrayList<>(o.created());
        created.add(node.deepCopy());
        overlay = new Overlay(o.deleted(), o.updated(), List.copyOf(created), o.version() + 1);
    }

    /** Replaces a resource's content; returns false when no such resource lives. */
    public synchronized boolean update(String id, ObjectNode node) {
        Overlay o = overlay;
        Integer b = baseIndex().get(id);
        if (b != null && Arrays.binarySearch(o.deleted(), b) < 0) {
            Map<Integer, ObjectNode> updated = new HashMap<>(o.updated());
            updated.put(b, node.deepCopy());
            overlay = new Overlay(o.deleted(), Map.copyOf(updated), o.created(), o.version() + 1);
            return true;
        }
        List<ObjectNode> created = new ArrayList<>(o.created());
        for (int i = 0; i < created.size(); i++) {
            if (id.equals(idOf.apply(created.get(i)))) {
                created.set(i, node.deepCopy());
                overlay = new Overlay(o.deleted(), o.updated(), List.copyOf(created), o.version() + 1);
                return true;
            }
        }
        return false;
    }

    /** Removes a resource; returns false when no such resource lives. */
    public synchronized boolean delete(String id) {
        Overlay o = overlay;
        Integer b = baseIndex().get(id);
        if (b != null) {
            if (Arrays.binarySearch(o.deleted(), b) >= 0) {
                return false;
            }
            int[] deleted = Arrays.copyOf(o.deleted(), o.deleted().length + 1);
            deleted[deleted.length - 1] = b;
            Arrays.sort(deleted);
            Map<Integer, ObjectNode> updated = new LinkedHashMap<>(o.updated());
            updated.remove(b);
            overlay = new Overlay(deleted, Map.copyOf(updated), o.created(), o.version() + 1);
            return true;
        }
        List<ObjectNode> created = new ArrayList<>(o.created());
        boolean removed = created.removeIf(n -> id.equals(idOf.apply(n)));
        if (removed) {
            overlay = new Overlay(o.deleted(), o.updated(), List.copyOf(created), o.version() + 1);
        }
        return removed;
    }
}
