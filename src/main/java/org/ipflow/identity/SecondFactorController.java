package org.ipflow.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The login's second step ({@code /login/code}) and the enrolment of a factor ({@code /account/factor}). The
 * secret being enrolled waits in the session until its first code is entered, so that a page reloaded or left
 * half-way enrols nothing.
 */
@Controller
class SecondFactorController {

    private static final String PENDING_SECRET = "ipflow.secondFactor.secret";

    private final SecondFactorStep step;
    private final SecondFactors factors;
    private final UserSessions sessions;

    SecondFactorController(SecondFactorStep step, SecondFactors factors, UserSessions sessions) {
        this.step = step;
        this.factors = factors;
        this.sessions = sessions;
    }

    @GetMapping(SecondFactorGate.CODE_PAGE)
    String codeForm() {
        return "login-code";
    }

    @PostMapping(SecondFactorGate.CODE_PAGE)
    String code(@RequestParam(defaultValue = "") String code, Authentication user, Model model,
            HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        try {
            if (!step.checkCode(user.getName(), code)) {
                model.addAttribute("wrongCode", true);
                return "login-code";
            }
        } catch (LoginThrottled throttled) {
            request.getSession().invalidate();
            SecurityContextHolder.clearContext();
            return "redirect:/login?locked=" + LoginThrottled.minutes(throttled.retryAfter());
        }
        request.changeSessionId();
        Authentication completed = SecondFactorLogin.afterSecondStep(step.completed(user.getName()), request);
        SecondFactorLogin.hold(completed, request, response);
        SecondFactorLogin.savedPageOrHome().onAuthenticationSuccess(request, response, completed);
        return null;
    }

    @GetMapping(SecondFactorGate.ENROL_PAGE)
    String factor(Authentication user, Model model, HttpSession session) {
        var enrolledAt = factors.enrolledAt(user.getName());
        if (enrolledAt.isPresent()) {
            model.addAttribute("enrolledAt", enrolledAt.get());
            model.addAttribute("recoveryCodesLeft", factors.recoveryCodesLeft(user.getName()));
            return "account/factor";
        }
        String secret = (String) session.getAttribute(PENDING_SECRET);
        if (secret == null) {
            secret = Totp.newSecret();
            session.setAttribute(PENDING_SECRET, secret);
        }
        String uri = step.otpauthUri(user.getName(), secret);
        model.addAttribute("secret", secret.replaceAll("(.{4})(?!$)", "$1 "));
        model.addAttribute("otpauthUri", uri);
        model.addAttribute("qrCode", QrCode.svgDataUri(uri));
        return "account/factor";
    }

    @PostMapping(SecondFactorGate.ENROL_PAGE)
    String enrol(@RequestParam(defaultValue = "") String code, Authentication user, Model model,
            RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        String secret = (String) request.getSession().getAttribute(PENDING_SECRET);
        var recovery = secret == null || factors.enrolled(user.getName()) ? java.util.Optional.<java.util.List<String>>empty()
                : step.enrol(user.getName(), secret, code);
        if (recovery.isEmpty()) {
            model.addAttribute("wrongCode", true);
            return factor(user, model, request.getSession());
        }
        request.getSession().removeAttribute(PENDING_SECRET);
        // A new factor ends the user's other sessions: one opened with only the password must not outlive it.
        sessions.endAllBut(user.getName(), request.getSession().getId());
        request.changeSessionId();
        SecondFactorLogin.hold(SecondFactorLogin.afterSecondStep(step.completed(user.getName()), request), request,
                response);
        redirect.addFlashAttribute("recoveryCodes", recovery.get());
        return "redirect:" + SecondFactorGate.ENROL_PAGE;
    }
}
