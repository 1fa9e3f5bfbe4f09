package org.ipflow.application;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What an enterprise reported at the end of its project period (项目验收): the new output value (新增产值) and the
 * money spent in yuan, the jobs created and the patents implemented.
 */
public record ProjectResult(BigDecimal newOutputValue, int jobs, int patentsImplemented, BigDecimal moneySpent,
        String reportedBy, Instant reportedAt) {
}
