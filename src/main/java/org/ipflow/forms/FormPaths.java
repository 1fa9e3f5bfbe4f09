package org.ipflow.forms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipflow.forms.FormSchemaException.Reason;

/**
 * The binding paths of a form's data, claimed as form-js-viewer 1.23 claims them when it imports a schema
 * ({@code core/FieldFactory.js} {@code create}, {@code core/PathRegistry.js} {@code canClaimPath}): a keyed
 * field claims its path closed (nothing may be claimed at or under it; a dotted key {@code a.b} claims {@code a}
 * open on the way, so that beside a field {@code a} it is refused, either way round), a group with a {@code path} claims
 * it open (another group may share it and their fields are merged), a dynamic list claims its path as a
 * repeater (only its own rows' fields may be claimed under it). Paths are the keys and paths of the
 * enclosing groups and lists joined with dots. A claim form-js refuses is refused at deploy, with every
 * refused claim reported.
 */
final class FormPaths {

    private final Node root = new Node();
    private final List<FormSchemaException> problems;

    private FormPaths(List<FormSchemaException> problems) {
        this.problems = problems;
    }

    /** Adds a problem for each component whose path form-js would refuse. */
    static void claim(List<FormField> components, List<FormSchemaException> problems) {
        new FormPaths(problems).level(components, List.of(), Set.of());
    }

    private void level(List<FormField> components, List<String> above, Set<String> repeaters) {
        for (FormField field : components) {
            List<String> path = new ArrayList<>(above);
            if (field.key() != null) {
                path.addAll(Arrays.asList(field.key().split("\\.")));
            }
            boolean list = field.type() == FormField.Type.DYNAMICLIST;
            if (field.type().holdsData() && !list) {
                claim(field, path, Kind.CLOSED, repeaters);
                continue;
            }
            Set<String> inside = repeaters;
            if (list || field.key() != null) {
                claim(field, path, list ? Kind.REPEATER : Kind.OPEN, repeaters);
                if (list) {
                    inside = new HashSet<>(repeaters);
                    inside.add(field.id());
                }
            }
            level(field.components(), path, inside);
        }
    }

    private enum Kind { CLOSED, OPEN, REPEATER }

    private void claim(FormField field, List<String> path, Kind kind, Set<String> repeaters) {
        if (!canClaim(path, kind, repeaters)) {
            String joined = String.join(".", path);
            problems.add(kind == Kind.CLOSED && isLeaf(path)
                    ? new FormSchemaException("component '" + field.id() + "': key '" + joined + "' is used twice:"
                            + " its binding path is already claimed", field.id(), Reason.of("form.schema.keyTwice", field.id(), joined))
                    : new FormSchemaException("component '" + field.id() + "': binding path '" + joined + "' is already claimed",
                            field.id(), Reason.of("form.schema.pathClaimed", field.id(), joined)));
            return;
        }
        Node node = root;
        for (String segment : path) {
            node = node.children.computeIfAbsent(segment, s -> new Node());
        }
        node.closed |= kind == Kind.CLOSED;
        if (kind == Kind.REPEATER) {
            node.repeater = field.id();
        }
    }

    /** Whether a key claimed this very path before: the same key twice, rather than one path through another. */
    private boolean isLeaf(List<String> path) {
        Node node = root;
        for (String segment : path) {
            node = node == null || node.closed ? null : node.children.get(segment);
        }
        return node != null && node.closed;
    }

    /** {@code PathRegistry.canClaimPath}: a free path always; through a leaf never; into a repeater only from its rows. */
    private boolean canClaim(List<String> path, Kind kind, Set<String> repeaters) {
        Node node = root;
        for (String segment : path) {
            node = node.children.get(segment);
            if (node == null) {
                return true;
            }
            if (node.repeater != null && !repeaters.contains(node.repeater) || node.closed) {
                return false;
            }
        }
        return kind == Kind.OPEN;
    }

    private static final class Node {
        private final Map<String, Node> children = new LinkedHashMap<>();
        private boolean closed;
        private String repeater;
    }
}
