package org.ipflow.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Simplified Chinese by default; {@code ?lang=en} switches to English and a cookie remembers it ({@code ?lang=zh}
 * back; other values change nothing). The JSON
 * API has no cookie, so there the caller's Accept-Language chooses, Chinese unless it asks for English.
 */
@Configuration
class LocaleConfig implements WebMvcConfigurer {

    private static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private final ObjectProvider<UserAccounts> accounts;

    LocaleConfig(ObjectProvider<UserAccounts> accounts) {
        this.accounts = accounts;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("ipflow-lang");
        resolver.setDefaultLocaleFunction(LocaleConfig::defaultLocale);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new SupportedLanguageChange();
        interceptor.setParamName("lang");
        // ?lang=x"y or ?lang=aaaa is no language of IPFlow: the page stays in the language it had, and no
        // cookie remembers it (x"y answered 500 before, finding 9).
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(new RememberedLanguage(accounts));
    }

    /** Switches only to a supported language; anything else is an invalid locale, which the interceptor ignores. */
    private static final class SupportedLanguageChange extends LocaleChangeInterceptor {
        @Override
        protected Locale parseLocaleValue(String value) {
            Locale asked = super.parseLocaleValue(value);
            return SUPPORTED.stream().filter(l -> asked != null && l.getLanguage().equals(asked.getLanguage()))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("not a language of IPFlow"));
        }
    }

    /**
     * A signed-in user who switches the language with {@code ?lang} also chooses it for the e-mails and SMS
     * IPFlow sends them (the account remembers it), as those have no request whose language they could follow.
     */
    private record RememberedLanguage(ObjectProvider<UserAccounts> accounts) implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            Authentication user = SecurityContextHolder.getContext().getAuthentication();
            if (request.getParameter("lang") != null && user instanceof UsernamePasswordAuthenticationToken) {
                Locale chosen = RequestContextUtils.getLocale(request);
                accounts.ifAvailable(known -> known.rememberLanguage(user.getName(), chosen));
            }
            return true;
        }
    }

    static Locale defaultLocale(HttpServletRequest request) {
        String accepted = request.getHeader("Accept-Language");
        if (accepted == null || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(accepted), SUPPORTED);
            return match == null ? Locale.SIMPLIFIED_CHINESE : match;
        } catch (IllegalArgumentException malformed) {
            return Locale.SIMPLIFIED_CHINESE;
        }
    }
}
