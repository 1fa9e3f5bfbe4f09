package org.ipflow.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Simplified Chinese by default; {@code ?lang=en} switches to English and a cookie remembers it. The JSON
 * API has no cookie, so there the caller's Accept-Language chooses, Chinese unless it asks for English.
 */
@Configuration
class LocaleConfig implements WebMvcConfigurer {

    private static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("ipflow-lang");
        resolver.setDefaultLocaleFunction(LocaleConfig::defaultLocale);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        registry.addInterceptor(interceptor);
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
