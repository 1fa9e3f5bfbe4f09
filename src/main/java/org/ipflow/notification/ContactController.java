package org.ipflow.notification;

import java.security.Principal;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ipflow.application.ValidationFailed;
import org.ipflow.identity.Roles;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /account/contact}: a signed-in user's e-mail and mobile number, the codes that verify them, and which
 * kinds of message they get on which channel. The choices form names every kind and channel, so an unticked box
 * (which a browser does not send) means "not wanted".
 */
@Controller
class ContactController {

    private static final String VIEW = "account/contact";

    private final ContactBook book;
    private final ContactVerification verification;
    private final MessageSource messages;

    ContactController(ContactBook book, ContactVerification verification, MessageSource messages) {
        this.book = book;
        this.verification = verification;
        this.messages = messages;
    }

    @GetMapping("/account/contact")
    String page(Principal user, Model model) {
        return show(user, model, Map.of());
    }

    @PostMapping("/account/contact")
    String save(@RequestParam Map<String, String> form, Principal user, Locale locale, Model model,
            RedirectAttributes redirect) {
        try {
            verification.change(user.getName(), form.getOrDefault("email", ""), form.getOrDefault("mobile", ""),
                    locale);
        } catch (ValidationFailed refused) {
            return show(user, model, refused.errors());
        }
        Map<MessageKind, Map<Channel, Boolean>> choices = new EnumMap<>(MessageKind.class);
        for (MessageKind kind : MessageKind.values()) {
            Map<Channel, Boolean> channels = new EnumMap<>(Channel.class);
            ContactBook.PERSONAL.forEach(channel -> channels.put(channel, form.containsKey(kind + "." + channel)));
            choices.put(kind, channels);
        }
        book.choose(user.getName(), choices);
        redirect.addFlashAttribute("flash", messages.getMessage("contact.saved", null, locale));
        return "redirect:/account/contact";
    }

    @PostMapping("/account/contact/verify")
    String verify(@RequestParam(defaultValue = "EMAIL") Channel channel, @RequestParam(defaultValue = "") String code,
            Principal user, Locale locale, Model model, RedirectAttributes redirect) {
        try {
            verification.verify(user.getName(), channel, code, locale);
        } catch (ValidationFailed refused) {
            return show(user, model, Map.of("code" + channel, refused.errors().get("code")));
        }
        redirect.addFlashAttribute("flash", messages.getMessage("contact.verified", null, locale));
        return "redirect:/account/contact";
    }

    private String show(Principal user, Model model, Map<String, String> errors) {
        model.addAttribute("contact", book.details(user.getName()));
        model.addAttribute("kinds", kindsFor(user));
        model.addAttribute("channels", ContactBook.PERSONAL);
        model.addAttribute("errors", errors);
        return VIEW;
    }

    /** Only the kinds this user can get: an enterprise's people have no tasks, staff no applications of their own. */
    private static List<MessageKind> kindsFor(Principal user) {
        boolean enterprise = user instanceof Authentication signedIn && signedIn.getAuthorities().stream()
                .anyMatch(a -> Roles.ENTERPRISE.equals(a.getAuthority()));
        return enterprise ? List.of(MessageKind.STATUS, MessageKind.REMINDERS)
                : List.of(MessageKind.TASKS, MessageKind.REMINDERS, MessageKind.DIGEST);
    }
}
