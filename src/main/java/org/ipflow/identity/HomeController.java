package org.ipflow.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Login page and the landing page of each role. */
@Controller
class HomeController {

    /** Where Spring Security keeps the page that asked for the login (its default, in the session). */
    private static final HttpSessionRequestCache SAVED_PAGES = new HttpSessionRequestCache();

    private final SignOnSecurity logins;

    HomeController(SignOnSecurity logins) {
        this.logins = logins;
    }

    /**
     * {@code locked}: the minutes a throttled login must wait, shown only when it is a plain number. A page
     * that sent the user here (e.g. a draft whose session had ended) is named as where the login returns. The
     * form and the OpenID provider's button are shown as configured ({@link SignOnSecurity}).
     */
    @GetMapping("/login")
    String login(@RequestParam(name = "locked", required = false) String locked, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        if (locked != null && locked.matches("[0-9]{1,4}")) {
            model.addAttribute("lockedMinutes", Integer.parseInt(locked));
        }
        model.addAttribute("returning", SAVED_PAGES.getRequest(request, response) != null);
        model.addAttribute("localLogin", logins.localLogin());
        model.addAttribute("providerLogin", logins.providerLogin());
        return "login";
    }

    @GetMapping("/")
    String index(Authentication authentication) {
        return authentication == null ? "index" : "redirect:/home";
    }

    @GetMapping("/home")
    String home(Authentication authentication) {
        String landing = landingPage(authentication);
        return landing == null ? "index" : "redirect:" + landing;
    }

    /** Where each role starts; null for a user without a role. */
    static String landingPage(Authentication authentication) {
        if (PasswordChangeGate.mustChangePassword(authentication)) {
            return PasswordChangeGate.PAGE;
        }
        if (has(authentication, Roles.ENTERPRISE)) {
            return "/applications";
        }
        if (has(authentication, Roles.REVIEWER) || has(authentication, Roles.FINANCE)
                || has(authentication, Roles.APPROVER) || has(authentication, Roles.EXPERT)) {
            return "/tasks";
        }
        if (has(authentication, Roles.ADMIN)) {
            return "/admin";
        }
        return null;
    }

    private static boolean has(Authentication authentication, String role) {
        return authentication.getAuthorities().stream().anyMatch(a -> role.equals(a.getAuthority()));
    }
}
