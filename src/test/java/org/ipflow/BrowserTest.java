package org.ipflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that drives Debian's headless Chromium: slow, and it needs the browser installed. Tagged
 * {@code browser} so that {@code -Pfast} can leave it out; {@code mvn verify} still runs it. On a method
 * when only that test of its class opens a browser, so that the class's other tests stay in the fast suite.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
public @interface BrowserTest {
}
