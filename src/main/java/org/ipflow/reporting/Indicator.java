package org.ipflow.reporting;

/**
 * The indicators of the office's five-year plan that IPFlow can measure. Each names the programme whose
 * applications achieve it; {@link PlanTargets} counts them within the plan's years.
 */
enum Indicator {
    /** Loan principal of pledge-financing applications paid a subsidy, in yuan. */
    PLEDGE_FINANCING_VOLUME(true),
    /** Enterprises certified as pilot enterprises. */
    PILOT_ENTERPRISES(false),
    /** Enterprises certified as demonstration enterprises. */
    DEMONSTRATION_ENTERPRISES(false),
    /** Patent-transformation projects paid a grant. */
    GRANT_PROJECTS_FUNDED(false),
    /** Patent-transformation projects accepted at the end of their project period (转化项目, 项目验收). */
    GRANT_PROJECTS_ACCEPTED(false),
    /** New output value (新增产值) the accepted projects reported, in yuan. */
    NEW_OUTPUT_VALUE(true);

    private final boolean money;

    Indicator(boolean money) {
        this.money = money;
    }

    public boolean money() {
        return money;
    }

    /** The path segment of its form, e.g. {@code pledge-financing-volume}. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static java.util.Optional<Indicator> ofSlug(String slug) {
        return java.util.Arrays.stream(values()).filter(i -> i.slug().equals(slug)).findFirst();
    }
}
