package org.ipflow.tasks;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ipflow.application.ValidationFailed;
import org.ipflow.forms.FormSchema;
import org.ipflow.programme.Rubric;
import org.ipflow.programme.Rubric.Criterion;
import org.ipflow.programme.Rubrics;
import org.ipflow.shared.ProcessVariables;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Scoring by the programme's rubric: a task is scored by it when its form asks for the step's {@code score} or
 * for a criterion's score. The completion gives {@code scores} (criterion → number) and optionally
 * {@code comments} (criterion → text); each criterion's score goes into the form's field of its key where there
 * is one (the certification's clauses, which its decision table reads) and the weighted mean into {@code score}.
 * A completion without {@code scores} is refused where the instance recorded its rubric at the start (a typed
 * {@code score} names the field); in an instance started before rubrics it is taken as it is, a single score.
 */
@Component
class RubricScoring {

    static final String SCORES = "scores";
    static final String COMMENTS = "comments";
    private static final int COMMENT_LENGTH = 2000;

    /** The form's data to validate, and what the timeline keeps besides: each criterion's score and comment. */
    record Scored(Map<String, Object> data, Map<String, Object> details) {
    }

    private final Rubrics rubrics;
    private final MessageSource messages;

    RubricScoring(Rubrics rubrics, MessageSource messages) {
        this.rubrics = rubrics;
        this.messages = messages;
    }

    Optional<Rubric> of(WorkItem item, FormSchema form) {
        if (form == null) {
            return Optional.empty();
        }
        return rubrics.of(item.application().programmeKey()).filter(r -> form.field(ProcessVariables.SCORE).isPresent()
                || r.criteria().stream().anyMatch(c -> form.field(c.key()).isPresent()));
    }

    /** The programme's criteria by key, to name the criteria of the scores given; empty without a rubric. */
    Map<String, Criterion> criteria(String programmeKey) {
        Map<String, Criterion> byKey = new LinkedHashMap<>();
        rubrics.of(programmeKey).ifPresent(r -> r.criteria().forEach(c -> byKey.put(c.key(), c)));
        return byKey;
    }

    /** @param byRubric whether the instance recorded its rubric at the start, so that only {@code scores} count */
    Scored apply(WorkItem item, FormSchema form, Map<String, Object> data, boolean byRubric) {
        boolean withScores = data != null && data.get(SCORES) instanceof Map<?, ?>;
        if (data == null || !withScores && !byRubric) {
            return new Scored(data, Map.of()); // nothing scored and nothing to refuse: the rubric is not read
        }
        Optional<Rubric> rubric = of(item, form);
        if (rubric.isEmpty()) {
            return new Scored(data, Map.of());
        }
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> errors = new LinkedHashMap<>();
        Map<?, ?> given = data.get(SCORES) instanceof Map<?, ?> g ? g : Map.of();
        if (!withScores && !text(data.get(ProcessVariables.SCORE)).isEmpty()) {
            errors.put(ProcessVariables.SCORE, message("task.rubric.typedScore", locale));
        }
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        Map<String, String> comments = new LinkedHashMap<>();
        Map<?, ?> givenComments = data.get(COMMENTS) instanceof Map<?, ?> c ? c : Map.of();
        for (Criterion criterion : rubric.get().criteria()) {
            String field = SCORES + "." + criterion.key();
            BigDecimal score = number(given.get(criterion.key()));
            if (score == null) {
                errors.put(field, message("task.rubric.required", locale, criterion.name(locale)));
            } else if (score.signum() < 0 || score.compareTo(criterion.maximum()) > 0) {
                errors.put(field, message("task.rubric.range", locale, criterion.name(locale),
                        criterion.maximum().stripTrailingZeros().toPlainString()));
            } else {
                scores.put(criterion.key(), score);
            }
            String comment = text(givenComments.get(criterion.key()));
            if (comment.length() > COMMENT_LENGTH) {
                errors.put(COMMENTS + "." + criterion.key(), message("task.rubric.commentLength", locale, COMMENT_LENGTH));
            } else if (!comment.isEmpty()) {
                comments.put(criterion.key(), comment);
            }
        }
        given.keySet().stream().filter(key -> !rubric.get().has(String.valueOf(key))).findFirst().ifPresent(key ->
                errors.put(SCORES, message("task.rubric.unknown", locale, String.valueOf(key))));
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        Map<String, Object> result = new HashMap<>(data);
        result.remove(SCORES);
        result.remove(COMMENTS);
        scores.forEach((key, score) -> form.field(key).ifPresent(f -> result.put(key, score)));
        if (form.field(ProcessVariables.SCORE).isPresent()) {
            result.put(ProcessVariables.SCORE, rubric.get().weightedMean(scores));
        }
        return new Scored(result, Map.of(SCORES, scores, COMMENTS, comments));
    }

    /**
     * The page's {@code scores.<criterion>} and {@code comments.<criterion>} fields, as the API takes them; no
     * {@code scores} when the post has none of its fields, so that a posted bare {@code score} is named as such.
     */
    static Map<String, Object> bind(Rubric rubric, Map<String, Object> data, Map<String, String[]> params) {
        Map<String, Object> scores = new LinkedHashMap<>();
        Map<String, Object> comments = new LinkedHashMap<>();
        for (Criterion criterion : rubric.criteria()) {
            scores.put(criterion.key(), first(params.get(SCORES + "." + criterion.key())));
            comments.put(criterion.key(), first(params.get(COMMENTS + "." + criterion.key())));
        }
        Map<String, Object> bound = new HashMap<>(data);
        if (params.keySet().stream().anyMatch(name -> name.startsWith(SCORES + "."))) {
            bound.put(SCORES, scores);
        }
        bound.put(COMMENTS, comments);
        return bound;
    }

    private static String first(String[] values) {
        return values == null || values.length == 0 ? "" : values[0];
    }

    private static BigDecimal number(Object value) {
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        try {
            return value == null || value.toString().isBlank() ? null : new BigDecimal(value.toString().strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }

    private String message(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, code, locale);
    }
}
