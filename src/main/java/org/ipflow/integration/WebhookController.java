package org.ipflow.integration;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/webhooks}: the administrator's page of subscriptions (SecurityConfig's {@code /admin/**} rule).
 * A new subscription's secret is shown on the next page only, never again.
 */
@Controller
class WebhookController {

    private static final String PAGE = "/admin/webhooks";

    private final Webhooks webhooks;
    private final MessageSource messages;

    WebhookController(Webhooks webhooks, MessageSource messages) {
        this.webhooks = webhooks;
        this.messages = messages;
    }

    @GetMapping(PAGE)
    String page(Model model) {
        model.addAttribute("webhooks", webhooks.all());
        model.addAttribute("eventTypes", Arrays.stream(WebhookEvent.values()).map(WebhookEvent::type).toList());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "admin/webhooks";
    }

    @PostMapping(PAGE)
    String create(@RequestParam(defaultValue = "") String url, @RequestParam(required = false) List<String> events,
            Principal user, Locale locale, Model model, RedirectAttributes redirect) {
        WebhookRequest request = new WebhookRequest(url, events == null ? List.of() : events, true);
        Map<String, String> errors = webhooks.errors(request, locale);
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            model.addAttribute("url", url);
            model.addAttribute("chosen", request.events());
            return page(model);
        }
        Webhook made = webhooks.create(user.getName(), request);
        redirect.addFlashAttribute("newSecret", made.secret());
        redirect.addFlashAttribute("newId", made.id());
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/{id}/active")
    String active(@PathVariable long id, @RequestParam boolean active, Principal user, Locale locale,
            RedirectAttributes redirect) {
        Webhook webhook = webhooks.all().stream().filter(w -> w.id() == id).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        webhooks.update(user.getName(), id, new WebhookRequest(webhook.url(), webhook.events(), active));
        redirect.addFlashAttribute("flash", messages.getMessage("webhooks.saved", null, locale));
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/{id}/delete")
    String delete(@PathVariable long id, Principal user, Locale locale, RedirectAttributes redirect) {
        if (!webhooks.delete(user.getName(), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("flash", messages.getMessage("webhooks.deleted", null, locale));
        return "redirect:" + PAGE;
    }
}
