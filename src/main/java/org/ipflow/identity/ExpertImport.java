package org.ipflow.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ipflow.identity.ExpertCsv.Problem;
import org.ipflow.identity.ExpertCsv.Row;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds the experts of a CSV file ({@link ExpertCsv}) all or nothing: every row is checked as the API's body is,
 * and against the names taken in IPFlow and earlier in the file, before the first is added; then all are added
 * in one transaction, each audited as if added by hand. A row without a password gets a generated one, shown
 * once to the administrator; every imported expert changes the password at first login.
 */
@Service
class ExpertImport {

    /** The largest file taken, and the most rows: a province's pool is a few hundred experts. */
    static final int MAX_BYTES = 256 * 1024;
    static final int MAX_ROWS = 1000;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * An imported expert; {@code generatedPassword} only where the file gave none. Serializable: the page hands it
     * to the next page as a flash attribute, which lives in the (JDBC) session until that page is shown.
     */
    record Imported(String username, String generatedPassword) implements Serializable {
    }

    /** What the import did: the experts added, or the file's problems (then none is added). */
    record Outcome(List<Imported> imported, List<Problem> problems) {

        /** Whether the file was refused for its size alone, unread. */
        boolean tooLarge() {
            return problems.size() == 1 && problems.get(0).line() == 0;
        }
    }

    private final ExpertPool pool;
    private final UserAccounts accounts;
    private final MessageSource messages;

    ExpertImport(ExpertPool pool, UserAccounts accounts, MessageSource messages) {
        this.pool = pool;
        this.accounts = accounts;
        this.messages = messages;
    }

    /** Reads at most one byte more than {@link #MAX_BYTES} of the upload, so that a huge one is not held in memory. */
    @Transactional
    public Outcome run(String actor, InputStream upload) {
        byte[] file;
        try {
            file = upload.readNBytes(MAX_BYTES + 1);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        if (file.length > MAX_BYTES) {
            return new Outcome(List.of(), List.of(new Problem(0, null, "experts.import.tooLarge")));
        }
        ExpertCsv.Read read = ExpertCsv.read(file, MAX_ROWS);
        List<Problem> problems = new ArrayList<>(read.problems());
        if (problems.isEmpty() && read.rows().isEmpty()) {
            problems.add(new Problem(1, null, "experts.import.empty"));
        }
        Set<String> seen = new HashSet<>();
        List<Imported> imported = new ArrayList<>();
        List<ExpertBody> bodies = new ArrayList<>();
        for (Row row : read.rows()) {
            ExpertBody given = row.body();
            boolean generate = given.password() == null || given.password().isBlank();
            ExpertBody body = generate ? new ExpertBody(given.username(), password(), given.name(), given.fields(),
                    given.affiliation(), given.affiliationCreditCode(), given.region(), given.activeFrom(),
                    given.activeUntil()) : given;
            Map<String, String> codes = new TreeMap<>(body.problems(true));
            if (!codes.containsKey("username") && (!seen.add(body.username().toLowerCase(Locale.ROOT))
                    || accounts.nameTaken(body.username()))) {
                codes.put("username", "admin.users.error.taken");
            }
            problems.addAll(ExpertCsv.problems(row, codes));
            bodies.add(body);
            imported.add(new Imported(body.username(), generate ? body.password() : null));
        }
        if (!problems.isEmpty()) {
            return new Outcome(List.of(), problems);
        }
        bodies.forEach(body -> pool.add(actor, body, true));
        return new Outcome(imported, List.of());
    }

    /**
     * The problems as messages in file order, keyed {@code line:column}, {@code line} alone for a whole line, or
     * {@code file} for the file as a whole.
     */
    Map<String, String> messages(List<Problem> problems, Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Problem p : problems) {
            // Only the import's own messages take the bounds; the body's are plain texts, read as they are.
            Object[] args = p.code().startsWith("experts.import.") ? new Object[] {MAX_BYTES / 1024, MAX_ROWS} : null;
            String key = p.line() == 0 ? "file" : p.line() + (p.column() == null ? "" : ":" + p.column());
            texts.merge(key, messages.getMessage(p.code(), args, locale), (a, b) -> a + " " + b);
        }
        return texts;
    }

    private static String password() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
