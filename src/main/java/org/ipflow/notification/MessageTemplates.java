package org.ipflow.notification;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipflow.shared.AdminActionPerformed;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The texts of e-mails and SMS as data: an event's subject and body per language are the message bundles' words
 * until an administrator words them anew. Placeholders are checked as the programme's letter template's are: a
 * name the event does not have is refused. Every change and reset is audited.
 */
@Service
@Transactional
class MessageTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    /** A message worded by a stored template. */
    record Rendered(String subject, String body) {
    }

    private final MessageTemplateStore store;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MessageTemplates(MessageTemplateStore store, MessageSource messages, ApplicationEventPublisher events,
            ObjectProvider<Clock> clock) {
        this.store = store;
        this.messages = messages;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Transactional(readOnly = true)
    List<EventTemplates> all() {
        return TemplateEvents.codes().stream().map(this::templates).toList();
    }

    @Transactional(readOnly = true)
    Optional<EventTemplates> of(String event) {
        return TemplateEvents.known(event) ? Optional.of(templates(event)) : Optional.empty();
    }

    /** Stores both languages' texts, or stores nothing and answers the errors by field. */
    Map<String, String> save(String actor, String event, MessageTemplateForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        check(errors, event, "subjectZh", form.subjectZh(), 200);
        check(errors, event, "bodyZh", form.bodyZh(), 4000);
        check(errors, event, "subjectEn", form.subjectEn(), 200);
        check(errors, event, "bodyEn", form.bodyEn(), 4000);
        if (errors.isEmpty()) {
            store.save(event, "zh", new MessageTemplateStore.Stored(form.subjectZh().strip(), form.bodyZh().strip()),
                    actor, clock.instant());
            store.save(event, "en", new MessageTemplateStore.Stored(form.subjectEn().strip(), form.bodyEn().strip()),
                    actor, clock.instant());
            events.publishEvent(new AdminActionPerformed(actor, "EDIT_MESSAGE_TEMPLATE", "template:" + event,
                    "subject zh: " + form.subjectZh().strip() + "; subject en: " + form.subjectEn().strip()));
        }
        return errors;
    }

    /** Back to the message bundles' words; audited when there was anything to reset. */
    void reset(String actor, String event) {
        if (store.delete(event)) {
            events.publishEvent(new AdminActionPerformed(actor, "RESET_MESSAGE_TEMPLATE", "template:" + event, ""));
        }
    }

    /** The message in the words an administrator stored for its event and language, if any. */
    @Transactional(readOnly = true)
    Optional<Rendered> render(String event, String[] args, Locale language) {
        if (!TemplateEvents.known(event)) {
            return Optional.empty();
        }
        List<String> names = TemplateEvents.placeholders(event);
        return store.find(event, code(language)).map(stored -> new Rendered(fill(stored.subject(), names, args),
                fill(stored.body(), names, args)));
    }

    /** One pass, so that an argument's own braces (a comment quoting "{number}") stay as they are. */
    private static String fill(String template, List<String> names, String[] args) {
        Matcher m = PLACEHOLDER.matcher(template);
        return m.replaceAll(found -> {
            int i = names.indexOf(found.group(1));
            return Matcher.quoteReplacement(i >= 0 && i < args.length && args[i] != null ? args[i] : "");
        });
    }

    private EventTemplates templates(String event) {
        return new EventTemplates(event, TemplateEvents.placeholders(event), text(event, CHINESE),
                text(event, Locale.ENGLISH));
    }

    private EventTemplates.TemplateText text(String event, Locale language) {
        return store.find(event, code(language))
                .map(stored -> new EventTemplates.TemplateText(stored.subject(), stored.body(), true))
                .orElseGet(() -> new EventTemplates.TemplateText(defaultSubject(event, language),
                        messages.getMessage(event, TemplateEvents.placeholders(event).stream()
                                .map(name -> "{" + name + "}").toArray(), event, language), false));
    }

    /** The subject of the event's messages in the bundles' words (the same one Outbox writes without a template). */
    String defaultSubject(String event, Locale language) {
        return messages.getMessage("outbox.subject." + event, null,
                messages.getMessage("outbox.subject", null, language), language);
    }

    private void check(Map<String, String> errors, String event, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.put(field, message("messageTemplates.error.required"));
            return;
        }
        if (value.strip().length() > max) {
            errors.put(field, message("messageTemplates.error.tooLong", max));
            return;
        }
        TreeSet<String> unknown = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            if (!TemplateEvents.placeholders(event).contains(m.group(1))) {
                unknown.add("{" + m.group(1) + "}");
            }
        }
        if (!unknown.isEmpty()) {
            errors.put(field, message("messageTemplates.error.placeholder", String.join(", ", unknown),
                    String.join(", ", TemplateEvents.placeholders(event).stream().map(n -> "{" + n + "}").toList())));
        }
    }

    private static String code(Locale language) {
        return Locale.ENGLISH.getLanguage().equals(language.getLanguage()) ? "en" : "zh";
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
