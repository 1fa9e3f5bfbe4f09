package org.ipflow.identity;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /account/tokens}: a user makes personal API tokens for scripts and revokes them. Each user sees and
 * revokes only their own; a new token is shown on the next page only, never again.
 */
@Controller
class ApiTokenController {

    private static final String PAGE = "/account/tokens";

    private final ApiTokens tokens;
    private final MessageSource messages;

    ApiTokenController(ApiTokens tokens, MessageSource messages) {
        this.tokens = tokens;
        this.messages = messages;
    }

    @GetMapping(PAGE)
    String list(Authentication user, Model model) {
        model.addAttribute("tokens", tokens.of(user.getName()));
        model.addAttribute("maxName", ApiTokens.MAX_NAME);
        return "account/tokens";
    }

    @PostMapping(PAGE)
    String create(@RequestParam(defaultValue = "") String name, Authentication user, Model model,
            RedirectAttributes redirect) {
        if (name.isBlank() || name.strip().length() > ApiTokens.MAX_NAME) {
            model.addAttribute("nameError", true);
            return list(user, model);
        }
        redirect.addFlashAttribute("newToken", tokens.create(user.getName(), name));
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/{id}/revoke")
    String revoke(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
        if (!tokens.revoke(user.getName(), id)) {
            // Another user's token is answered as one that does not exist.
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("flash", messages.getMessage("tokens.revoked", null, LocaleContextHolder.getLocale()));
        return "redirect:" + PAGE;
    }
}
