package org.ipflow.modeling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The difference between a draft and the deployed version, by element id: elements added, removed,
 * and changed, each change with its value before and after (a name, a condition, candidate groups, a
 * timer, a decision table's cell, a form field's label or validation). Only what really differs is
 * listed (see {@link ModelOutline}); moved shapes or form rows of elements in both versions are one
 * flag, {@code layout}, since moving a shape changes nothing that runs.
 */
final class ModelDiff {

    /** One changed value: its name and what it was and is ({@code null}: not set). */
    record Value(String what, String before, String after) {
    }

    /** One element added, removed or changed; {@code values} lists what changed (empty when added or removed). */
    record Change(String id, String kind, String name, List<Value> values) {
    }

    record Result(List<Change> added, List<Change> removed, List<Change> changed, boolean layout) {

        boolean isEmpty() {
            return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && !layout;
        }
    }

    private ModelDiff() {
    }

    static Result compare(ModelType type, String deployed, String draft) {
        ModelOutline before = ModelOutline.of(type, deployed);
        ModelOutline after = ModelOutline.of(type, draft);
        List<Change> added = new ArrayList<>();
        List<Change> removed = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        after.nodes().forEach((id, node) -> {
            ModelOutline.Node old = before.nodes().get(id);
            if (old == null) {
                added.add(new Change(id, node.kind(), node.name(), List.of()));
            } else if (!old.equals(node)) {
                changed.add(new Change(id, node.kind(), node.name(), values(old, node)));
            }
        });
        before.nodes().forEach((id, node) -> {
            if (!after.nodes().containsKey(id)) {
                removed.add(new Change(id, node.kind(), node.name(), List.of()));
            }
        });
        return new Result(added, removed, changed, moved(before.layout(), after.layout()));
    }

    private static List<Value> values(ModelOutline.Node old, ModelOutline.Node now) {
        List<Value> values = new ArrayList<>();
        if (!old.kind().equals(now.kind())) {
            values.add(new Value("type", old.kind(), now.kind()));
        }
        Set<String> names = new TreeSet<>(old.values().keySet());
        names.addAll(now.values().keySet());
        for (String name : names) {
            String before = old.values().get(name);
            String after = now.values().get(name);
            if (!Objects.equals(before, after)) {
                values.add(new Value(name, before, after));
            }
        }
        return values;
    }

    /** Layout counts only for elements drawn in both versions: a new element's shape is part of adding it. */
    private static boolean moved(Map<String, String> before, Map<String, String> after) {
        return before.entrySet().stream()
                .anyMatch(e -> after.containsKey(e.getKey()) && !after.get(e.getKey()).equals(e.getValue()));
    }
}
