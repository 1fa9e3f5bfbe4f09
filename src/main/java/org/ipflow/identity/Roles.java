package org.ipflow.identity;

import java.util.List;

/** The roles of IPFlow; each is both a Spring authority and a Camunda group id. */
public final class Roles {

    public static final String ENTERPRISE = "enterprise";
    public static final String REVIEWER = "reviewer";
    public static final String EXPERT = "expert";
    public static final String FINANCE = "finance";
    public static final String APPROVER = "approver";
    public static final String ADMIN = "admin";

    public static final List<String> ALL = List.of(ENTERPRISE, REVIEWER, EXPERT, FINANCE, APPROVER, ADMIN);
    public static final List<String> STAFF = List.of(REVIEWER, FINANCE, APPROVER);

    private Roles() {
    }
}
