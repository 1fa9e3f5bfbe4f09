package org.ipflow.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What a component shows beside its value ({@link RenderedForm.Look}): adornments, Markdown and HTML
 * as sanitized HTML ({@link FormTexts}) after their templates ({@link FormTemplates}), images, frames and tables ({@link FormMedia}), a select's
 * search, a date-time's input and a list's add and remove buttons.
 */
@Component
class FormLooks {

    private static final Set<Integer> TIME_INTERVALS = Set.of(1, 5, 10, 15, 30, 60);

    private final Set<String> iframeHosts;
    private final FormTemplates templates;
    private final FeelExpressions feel;

    FormLooks(FormsSettings settings, FormTemplates templates, FeelExpressions feel) {
        this.iframeHosts = Set.copyOf(settings.iframeHosts());
        this.templates = templates;
        this.feel = feel;
    }

    /** The look of a component for the context its templates and FEEL are evaluated in. */
    RenderedForm.Look look(FormField component, Map<String, ?> context, Locale locale) {
        // form-js evaluates an image's source and an iframe's url, then checks what came out (Image.js, IFrame.js)
        String source = Objects.toString(templates.line(component.source().path("source").asText(""), context), "").strip();
        String url = Objects.toString(templates.line(component.source().path("url").asText(""), context), "").strip();
        return switch (component.type()) {
            case TEXT -> RenderedForm.Look.html(FormTexts.markdown(templates.text(FormTexts.of(component.text(), locale), context)));
            case HTML -> RenderedForm.Look.html(FormTexts.sanitize(
                    templates.html(component.source().path("content").asText(null), context)));
            case IMAGE -> new RenderedForm.Look(null, null, null, FormMedia.inline(source) ? source : null,
                    FormMedia.inline(source) || FormMedia.host(source) == null ? null : source,
                    templates.line(component.source().path("alt").asText(null), context), false, List.of(), List.of(), true);
            case IFRAME -> frame(component, url);
            case TABLE -> table(component, context);
            case SELECT -> new RenderedForm.Look(null, null, null, null, null, null, FormComponents.searchable(component),
                    List.of(), List.of(), true);
            case DYNAMICLIST -> new RenderedForm.Look(null, null, null, null, null, null, false, List.of(), List.of(),
                    FormComponents.allowAddRemove(component));
            default -> new RenderedForm.Look(templates.line(FormComponents.prefix(component), context),
                    templates.line(FormComponents.suffix(component), context), null, null, null, null, false, List.of(),
                    List.of(), true);
        };
    }

    /** Framed on an allowed host, a link on another https host, nothing when the address is not https. */
    private RenderedForm.Look frame(FormField iframe, String url) {
        String host = FormMedia.host(url);
        boolean framed = host != null && iframeHosts.contains(host);
        return new RenderedForm.Look(null, null, null, framed ? url : null, host == null || framed ? null : url,
                height(iframe), false, List.of(), List.of(), true,
                FormFrames.sandbox(iframe.source(), host, pageHost()), FormFrames.allow(iframe.source()), null);
    }

    /** The host the page is served under, null outside a request. */
    private static String pageHost() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getServerName() : null;
    }

    private static String height(FormField iframe) {
        int height = iframe.source().path("height").asInt(300);
        return String.valueOf(Math.max(50, Math.min(height, 2000)));
    }

    /** A table's columns and rows are FEEL read in the component's context, as form-js's Table.js evaluates them. */
    private RenderedForm.Look table(FormField table, Map<String, ?> context) {
        List<String[]> columns = FormMedia.columns(table, feel, context);
        List<List<RenderedForm.Cell>> cells = new ArrayList<>();
        for (Map<?, ?> row : FormMedia.rows(table, feel, context)) {
            cells.add(columns.stream().map(c -> new RenderedForm.Cell(FormValues.text(row.get(c[0])), FormMedia.raw(row, c[0])))
                    .toList());
        }
        JsonNode rowCount = table.source().path("rowCount");
        // form-js pages the rows when rowCount is a number (Table.js: isNumber(rowCount) ? chunk(...))
        return new RenderedForm.Look(null, null, null, null, null, null, false,
                columns.stream().map(c -> c[1]).toList(), cells, true, null, null,
                rowCount.isNumber() && rowCount.asInt() > 0 ? rowCount.asInt() : null);
    }

    /** The HTML step of a number: its {@code increment}, else one unit of its last decimal digit. */
    static String step(FormField number) {
        BigDecimal increment = FormComponents.increment(number);
        if (increment != null) {
            return increment.toPlainString();
        }
        Integer digits = number.rules().decimalDigits();
        return digits == null ? "any" : BigDecimal.ONE.movePointLeft(digits).toPlainString();
    }

    /**
     * The HTML step of a time or date-time input in seconds: form-js's {@code timeInterval} when it is one of
     * 1, 5, 10, 15, 30 or 60 minutes, else 15 (Timepicker.js's {@code safeTimeInterval}); null for a date.
     */
    static String timeStep(FormField field) {
        if (field.type() != FormField.Type.DATETIME || "date".equals(FormComponents.subtype(field))) {
            return null;
        }
        JsonNode interval = field.source().path("timeInterval");
        int minutes = interval.isIntegralNumber() && TIME_INTERVALS.contains(interval.asInt()) ? interval.asInt() : 15;
        return String.valueOf(minutes * 60);
    }

    /**
     * What a field's input shows: a date's value that carries a time ({@code 2023-04-05T16:06:09.526+0000}, as a
     * form's {@code defaultValue} may) shows its date, as form-js's date picker does, since a date input shows
     * nothing for any other text and the value would be lost on the next save.
     */
    static String inputValue(FormField field, String text) {
        if (field.type() == FormField.Type.DATETIME && "date".equals(dateInput(field))
                && text.length() > 10 && text.charAt(10) == 'T') {
            return text.substring(0, 10);
        }
        return text;
    }

    /** The HTML input of a date-time by its subtype. */
    static String dateInput(FormField field) {
        return switch (FormComponents.subtype(field)) {
            case "time" -> "time";
            case "datetime" -> "datetime-local";
            default -> "date";
        };
    }

}
