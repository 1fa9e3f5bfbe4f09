package org.ipflow.shared;

import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static files are served from their own folders only, not from "/**" as Spring Boot does by default.
 * Every link a page renders passes through the resource URL encoder (for the content hashes of /js and
 * /css); with a handler on "/**" each link to a page, such as /applications/42, was looked up as a file in
 * four classpath folders, uncached because it is never found: a sixth of the CPU of a list page.
 * {@code spring.web.resources.add-mappings=false} turns Spring Boot's own handlers off.
 */
@Configuration
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl year = CacheControl.maxAge(365, TimeUnit.DAYS);
        for (String folder : new String[] {"css", "js"}) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(year).resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(year).resourceChain(true);
    }
}
