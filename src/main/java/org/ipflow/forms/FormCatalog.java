package org.ipflow.forms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.stereotype.Service;

/**
 * The form schemas packaged with IPFlow ({@code classpath*:forms/**}{@code /*.form}), keyed by their
 * top-level {@code id}. They are all read at start-up, so a broken or duplicated form stops the
 * application with the file's name instead of failing later in front of a user.
 */
@Service
public class FormCatalog {

    static final String LOCATION = "classpath*:forms/**/*.form";

    private final FormSchemaParser parser = new FormSchemaParser();
    private final Map<String, FormSchema> forms;

    public FormCatalog(ResourceLoader resourceLoader) {
        this.forms = Collections.unmodifiableMap(load(ResourcePatternUtils.getResourcePatternResolver(resourceLoader)));
    }

    public Optional<FormSchema> find(String id) {
        return Optional.ofNullable(forms.get(id));
    }

    /** The form with this id; a missing form is a deployment mistake, hence an exception rather than an empty result. */
    public FormSchema require(String id) {
        return find(id).orElseThrow(() -> new NoSuchElementException("no form with id '" + id + "'"));
    }

    /** All packaged forms, ordered by id. */
    public Collection<FormSchema> all() {
        return forms.values();
    }

    /** Parses a schema that does not come from the packaged files (engine deployments, the browser editor). */
    public FormSchema parse(String json) {
        return parser.parse(json);
    }

    private Map<String, FormSchema> load(ResourcePatternResolver resolver) {
        Map<String, FormSchema> loaded = new TreeMap<>();
        try {
            for (Resource resource : resolver.getResources(LOCATION)) {
                FormSchema schema = parseFile(resource);
                FormSchema clash = loaded.put(schema.id(), schema);
                if (clash != null) {
                    throw new FormSchemaException("form id '" + schema.id() + "' is used by two files, one of them "
                            + resource.getFilename());
                }
            }
        } catch (IOException e) {
            throw new FormSchemaException("cannot list the packaged forms", e);
        }
        return loaded;
    }

    private FormSchema parseFile(Resource resource) throws IOException {
        try {
            return parser.parse(resource.getContentAsString(StandardCharsets.UTF_8));
        } catch (FormSchemaException e) {
            throw new FormSchemaException("forms/" + resource.getFilename() + ": " + e.getMessage(), e);
        }
    }
}
