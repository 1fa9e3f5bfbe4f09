package org.ipflow.modeling;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The three kinds of model an administrator edits: processes, decision tables and forms. */
public enum ModelType {
    BPMN("bpmn/", ".bpmn"),
    DMN("bpmn/", ".dmn"),
    FORM("forms/", ".form");

    private final String folder;
    private final String extension;

    ModelType(String folder, String extension) {
        this.folder = folder;
        this.extension = extension;
    }

    /** The resource name a model is deployed under: the same as its file in the repository's folder. */
    public String resourceName(String key) {
        return folder + key + extension;
    }

    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ModelType> ofPath(String path) {
        return Arrays.stream(values()).filter(t -> t.path().equals(path)).findFirst();
    }

    public static Optional<ModelType> ofResource(String resourceName) {
        return Arrays.stream(values()).filter(t -> resourceName != null && resourceName.endsWith(t.extension)).findFirst();
    }
}
