/**
 * Figures for the office: the dashboard of approvers and administrators (applications by status and
 * region, money approved and paid, time spent in each step, overdue tasks, the five-year plan's targets
 * against what was achieved), its exports to CSV and Excel, and the public yearly figures. Reads IPFlow's
 * tables and the engine's history with aggregate queries bounded by a year, so that a page costs the
 * same whatever the size of the history. The dashboard also warns of steps nobody can take ({@code operations})
 * and of a missing office calendar ({@code calendar}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "programme", "operations",
        "calendar"})
package org.ipflow.reporting;
