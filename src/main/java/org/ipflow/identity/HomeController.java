package org.ipflow.identity;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Login page and the landing page of each role. */
@Controller
class HomeController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String index(Authentication authentication) {
        return authentication == null ? "index" : "redirect:/home";
    }

    @GetMapping("/home")
    String home(Authentication authentication) {
        if (has(authentication, Roles.ENTERPRISE)) {
            return "redirect:/applications";
        }
        if (has(authentication, Roles.REVIEWER) || has(authentication, Roles.FINANCE)
                || has(authentication, Roles.APPROVER)) {
            return "redirect:/tasks";
        }
        if (has(authentication, Roles.ADMIN)) {
            return "redirect:/admin";
        }
        return "index";
    }

    private static boolean has(Authentication authentication, String role) {
        return authentication.getAuthorities().stream().anyMatch(a -> role.equals(a.getAuthority()));
    }
}
