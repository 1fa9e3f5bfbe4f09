package org.ipflow.forms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * The problems found in a form's data, keyed by path: {@code field} or {@code list[0].child} (the same
 * string as the HTML parameter's name, so a page can put each message next to its field). One problem
 * per path, the first found. Messages stay codes until {@link #resolve} picks the user's language.
 */
public final class FormErrors {

    /** A message code ({@code form.error.*}) and its arguments. */
    public record Problem(String code, List<Object> args) {

        public Problem {
            args = List.copyOf(args);
        }
    }

    private final Map<String, Problem> problems = new LinkedHashMap<>();

    public void add(String path, String code, Object... args) {
        problems.putIfAbsent(path, new Problem(code, List.of(args)));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public boolean has(String path) {
        return problems.containsKey(path);
    }

    /** Path to problem, in the order of the form. */
    public Map<String, Problem> problems() {
        return Collections.unmodifiableMap(problems);
    }

    /** Path to message in the given language; an unknown code shows itself rather than failing the page. */
    public Map<String, String> resolve(MessageSource messages, Locale locale) {
        Map<String, String> resolved = new LinkedHashMap<>();
        problems.forEach((path, problem) -> resolved.put(path,
                messages.getMessage(problem.code(), problem.args().toArray(), problem.code(), locale)));
        return resolved;
    }

    @Override
    public String toString() {
        return problems.toString();
    }
}
