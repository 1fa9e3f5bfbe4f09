package org.ipflow.enterprise;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/**
 * One message per invalid field. An empty field also breaks its format rules, and Bean Validation
 * reports violations in no fixed order, so "required" wins and the rest keep their first message.
 */
final class FieldMessages {

    private FieldMessages() {
    }

    static Map<String, String> of(Errors errors, MessageSource messages, Locale locale) {
        Map<String, String> byField = new TreeMap<>();
        for (FieldError error : errors.getFieldErrors()) {
            String message = messages.getMessage(error, locale);
            if ("NotBlank".equals(error.getCode())) {
                byField.put(error.getField(), message);
            } else {
                byField.putIfAbsent(error.getField(), message);
            }
        }
        return byField;
    }
}
