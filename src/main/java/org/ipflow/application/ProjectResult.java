package org.ipflow.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an enterprise reported at the end of its project period (项目验收): the new output value (新增产值) and the
 * money spent in yuan, the jobs created and the patents implemented, which every programme's report form asks
 * for, and {@code details}, what else the programme's form asked (such as a summary), as the form's data.
 */
public record ProjectResult(BigDecimal newOutputValue, int jobs, int patentsImplemented, BigDecimal moneySpent,
        Map<String, Object> details, String reportedBy, Instant reportedAt) {

    public ProjectResult {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    /** The whole report as the report form's data: to show it with the form, or to start a correction from. */
    public Map<String, Object> asFormData() {
        Map<String, Object> data = new LinkedHashMap<>(details);
        data.put("newOutputValue", newOutputValue);
        data.put("jobs", jobs);
        data.put("patentsImplemented", patentsImplemented);
        data.put("moneySpent", moneySpent);
        return data;
    }
}
