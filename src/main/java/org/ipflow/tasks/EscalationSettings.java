package org.ipflow.tasks;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ipflow.escalation.*}: a task is escalated (督办) once its due date passed more than
 * {@code overdueWorkingDays} working days ago, counted by the office calendar.
 */
@ConfigurationProperties("ipflow.escalation")
public record EscalationSettings(@DefaultValue("2") int overdueWorkingDays) {
}
