package org.ipflow.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ipflow.export.*}: how many rows an export of a list holds at most. A bound, so that one click
 * cannot make the server read and write the whole history; past it the file says it was cut.
 */
@ConfigurationProperties("ipflow.export")
public record ExportSettings(@DefaultValue("10000") int maxRows) {
}
