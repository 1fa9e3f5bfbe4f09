package org.ipflow.forms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.stereotype.Service;

/**
 * The form schemas IPFlow uses, keyed by their top-level {@code id}: the latest version deployed to the
 * engine (so that a form edited in the studio takes effect), else the one packaged with IPFlow
 * ({@code classpath*:forms/**}{@code /*.form}). The packaged files are all read at start-up, so a broken
 * or duplicated form stops the application with the file's name instead of failing later in front of a
 * user. The deployed versions are read in one query and cached; the cache is dropped on every
 * deployment on this node ({@link #refresh()}) and expires after {@link #MAX_AGE}, so other nodes of a
 * cluster follow within that time. Pinned versions, which every detail of a submitted application reads, are
 * kept parsed with the same snapshot: a version never changes, but a deleted deployment's number is given to
 * the next one, so they are forgotten with the rest.
 */
@Service
public class FormCatalog {

    static final String LOCATION = "classpath*:forms/**/*.form";
    static final Duration MAX_AGE = Duration.ofSeconds(30);
    private static final int MAX_CACHED_VERSIONS = 500;
    private static final Logger log = LoggerFactory.getLogger(FormCatalog.class);

    private final FormSchemaParser parser = new FormSchemaParser();
    private final Map<String, FormSchema> packaged;
    private final DeployedForms deployed;
    private volatile Snapshot snapshot;

    private record Snapshot(Map<String, FormSchema> forms, Instant readAt, Map<String, Optional<FormSchema>> versions) {
    }

    /** Packaged forms only: for tests and tools without an engine. */
    public FormCatalog(ResourceLoader resourceLoader) {
        this(resourceLoader, null);
    }

    @Autowired
    public FormCatalog(ResourceLoader resourceLoader, DeployedForms deployed) {
        this.packaged = Collections.unmodifiableMap(load(ResourcePatternUtils.getResourcePatternResolver(resourceLoader)));
        this.deployed = deployed;
    }

    public Optional<FormSchema> find(String id) {
        return Optional.ofNullable(forms().get(id));
    }

    /**
     * One deployed version of a form, as an application submitted with it was checked against; the
     * latest version when {@code version} is null (a form that was never deployed to the engine).
     */
    public Optional<FormSchema> find(String id, Integer version) {
        if (version == null || deployed == null) {
            return find(id);
        }
        Map<String, Optional<FormSchema>> versions = snapshot().versions();
        if (versions.size() > MAX_CACHED_VERSIONS) {
            versions.clear();
        }
        return versions.computeIfAbsent(id + "@" + version,
                k -> deployed.version(id, version).map(form -> parser.parse(form.json())));
    }

    /** The number of the form's latest deployed version now, or null when it is only packaged. */
    public Integer latestVersion(String id) {
        return deployed == null ? null : deployed.latestVersion(id).orElse(null);
    }

    /** Forgets the deployed versions read so far; the next look-up reads them again. */
    public void refresh() {
        snapshot = null;
    }

    private Map<String, FormSchema> forms() {
        return deployed == null ? packaged : snapshot().forms();
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null || current.readAt().plus(MAX_AGE).isBefore(Instant.now())) {
            current = new Snapshot(withDeployed(), Instant.now(), new ConcurrentHashMap<>());
            snapshot = current;
        }
        return current;
    }

    private Map<String, FormSchema> withDeployed() {
        Map<String, FormSchema> all = new TreeMap<>(packaged);
        try {
            for (DeployedForms.Deployed form : deployed.latest()) {
                try {
                    FormSchema schema = parser.parse(form.json());
                    all.put(form.key(), schema);
                } catch (FormSchemaException e) {
                    // Deployed before the validator guarded every deployment: keep the packaged version.
                    log.warn("Deployed form {} version {} is not usable: {}", form.key(), form.version(), e.getMessage());
                }
            }
        } catch (DataAccessException e) {
            // The engine's tables do not exist yet (start-up): the packaged forms are all there is.
            log.debug("Deployed forms not readable yet", e);
            return packaged;
        }
        return Collections.unmodifiableMap(all);
    }

    /** The form with this id; a missing form is a deployment mistake, hence an exception rather than an empty result. */
    public FormSchema require(String id) {
        return find(id).orElseThrow(() -> new NoSuchElementException("no form with id '" + id + "'"));
    }

    /** All forms, the deployed version where there is one, ordered by id. */
    public Collection<FormSchema> all() {
        return forms().values();
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
