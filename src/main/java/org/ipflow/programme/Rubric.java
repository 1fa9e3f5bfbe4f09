package org.ipflow.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A programme's scoring rubric: the criteria a scorer scores one by one, each from 0 to its maximum. The
 * step's score is never typed: it is the weighted mean of the criteria, each as a share of its maximum, on
 * 0 to 100 (whole points, as the decision tables read scores).
 */
public record Rubric(List<Criterion> criteria) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Rubric {
        criteria = List.copyOf(criteria);
    }

    /** One criterion: its key (the name of its score in the completion), names, weight, maximum and guidance. */
    public record Criterion(String key, String nameZh, String nameEn, BigDecimal weight, BigDecimal maximum,
            String guidanceZh, String guidanceEn) {

        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
        }

        public String guidance(Locale locale) {
            return "en".equals(locale.getLanguage()) && guidanceEn != null ? guidanceEn : guidanceZh;
        }
    }

    public boolean has(String key) {
        return criteria.stream().anyMatch(c -> c.key().equals(key));
    }

    /** The weighted mean on 0 to 100 of scores already checked to be within each criterion's maximum. */
    public BigDecimal weightedMean(Map<String, BigDecimal> scores) {
        BigDecimal weights = BigDecimal.ZERO;
        BigDecimal sum = BigDecimal.ZERO;
        for (Criterion criterion : criteria) {
            BigDecimal share = scores.get(criterion.key()).multiply(HUNDRED)
                    .divide(criterion.maximum(), 10, RoundingMode.HALF_UP);
            sum = sum.add(share.multiply(criterion.weight()));
            weights = weights.add(criterion.weight());
        }
        return weights.signum() == 0 ? BigDecimal.ZERO : sum.divide(weights, 0, RoundingMode.HALF_UP);
    }
}
