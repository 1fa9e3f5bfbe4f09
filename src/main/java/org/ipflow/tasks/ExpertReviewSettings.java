package org.ipflow.tasks;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ipflow.expert-review.*}: an expert's score that differs from the median of the step's scores by
 * more than {@code dispersionThreshold} points is flagged to the approver, who then reads its comment first.
 */
@ConfigurationProperties("ipflow.expert-review")
public record ExpertReviewSettings(@DefaultValue("20") BigDecimal dispersionThreshold) {
}
