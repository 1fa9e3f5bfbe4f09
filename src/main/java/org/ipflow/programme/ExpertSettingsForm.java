package org.ipflow.programme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ipflow.programme.Rubric.Criterion;

/**
 * The expert settings as the programme page edits them, every value as typed. The rubric is one criterion a
 * line: {@code key | 名称 | name | weight | maximum | 指引 | guidance}, the guidance optional.
 */
record ExpertSettingsForm(String fields, String experts, String regionRecusal, String acceptDays,
        String dispersionThreshold, String rubric) {

    private static final Pattern KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9]{0,39}");
    private static final String SEPARATOR = " | ";

    static ExpertSettingsForm of(ExpertSettings settings, Optional<Rubric> rubric) {
        return new ExpertSettingsForm(String.join(", ", settings.fields()), String.valueOf(settings.experts()),
                String.valueOf(settings.regionRecusal()), String.valueOf(settings.acceptDays()),
                settings.dispersionThreshold().stripTrailingZeros().toPlainString(),
                rubric.map(r -> r.criteria().stream().map(ExpertSettingsForm::line).collect(Collectors.joining("\n")))
                        .orElse(""));
    }

    /** The typed value of one of the page's text inputs, by its name. */
    public String value(String name) {
        return switch (name) {
            case "fields" -> fields;
            case "experts" -> experts;
            case "acceptDays" -> acceptDays;
            case "dispersionThreshold" -> dispersionThreshold;
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** What is wrong, by input name, as message codes; empty when the settings can be saved. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (settingsFields().isEmpty()) {
            problems.put("fields", "programmes.experts.error.fields");
        }
        if (number(experts, 1, 10) == null) {
            problems.put("experts", "programmes.experts.error.experts");
        }
        if (number(acceptDays, 1, 30) == null) {
            problems.put("acceptDays", "programmes.experts.error.acceptDays");
        }
        if (number(dispersionThreshold, 0, 100) == null) {
            problems.put("dispersionThreshold", "programmes.experts.error.threshold");
        }
        if (criteria().isEmpty() && !(rubric == null || rubric.isBlank())) {
            problems.put("rubric", "programmes.experts.error.rubric");
        }
        return problems;
    }

    ExpertSettings settings() {
        return new ExpertSettings(settingsFields(), number(experts, 1, 10).intValue(), "true".equals(regionRecusal),
                number(acceptDays, 1, 30).intValue(), number(dispersionThreshold, 0, 100));
    }

    /** The rubric's criteria; none when a line is not a criterion or a key repeats, so that nothing half is saved. */
    List<Criterion> criteria() {
        List<Criterion> criteria = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (String line : (rubric == null ? "" : rubric).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = Arrays.stream(line.split("\\|", -1)).map(String::strip).toArray(String[]::new);
            if (parts.length < 5 || !KEY.matcher(parts[0]).matches() || !keys.add(parts[0]) || parts[1].isEmpty()
                    || parts[2].isEmpty() || number(parts[3], 0.01, 1000) == null || number(parts[4], 1, 1000) == null) {
                return List.of();
            }
            criteria.add(new Criterion(parts[0], parts[1], parts[2], number(parts[3], 0.01, 1000),
                    number(parts[4], 1, 1000), part(parts, 5), part(parts, 6)));
        }
        return criteria;
    }

    private List<String> settingsFields() {
        return fields == null ? List.of()
                : Arrays.stream(fields.split(",")).map(String::strip).filter(f -> !f.isEmpty()).toList();
    }

    private static String part(String[] parts, int i) {
        return parts.length > i && !parts[i].isEmpty() ? parts[i] : null;
    }

    private static BigDecimal number(String text, double min, double max) {
        try {
            BigDecimal value = new BigDecimal(text == null ? "" : text.strip());
            return value.doubleValue() < min || value.doubleValue() > max ? null : value;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static String line(Criterion c) {
        return String.join(SEPARATOR, c.key(), c.nameZh(), c.nameEn(), c.weight().stripTrailingZeros().toPlainString(),
                c.maximum().stripTrailingZeros().toPlainString(), c.guidanceZh() == null ? "" : c.guidanceZh(),
                c.guidanceEn() == null ? "" : c.guidanceEn());
    }
}
