package org.ipflow.application.process;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ipflow.application.Application;
import org.ipflow.application.ApplicationStatus;
import org.ipflow.application.DecisionKind;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.application.internal.IssuedLetters;
import org.ipflow.enterprise.Enterprise;
import org.ipflow.enterprise.Enterprises;
import org.ipflow.programme.Programme;
import org.ipflow.programme.ProgrammeCatalog;
import org.ipflow.shared.Money;
import org.ipflow.shared.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Building block "issue letter": issues the application's letter from its programme's letter template
 * (an award letter, a decision letter), exactly once, with every placeholder filled in; notes it in the
 * timeline, sets {@code letterNumber}, and with an input parameter {@code status} sets that status. A
 * programme without a template fails the step, so the administrator sees an incident instead of an
 * empty letter.
 */
@Component("issueLetterDelegate")
public class IssueLetterDelegate implements JavaDelegate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final ApplicationRepository applications;
    private final ProgrammeCatalog programmes;
    private final Enterprises enterprises;
    private final IssuedLetters letters;
    private final ProcessTimeline timeline;

    IssueLetterDelegate(ApplicationRepository applications, ProgrammeCatalog programmes, Enterprises enterprises,
            IssuedLetters letters, ProcessTimeline timeline) {
        this.applications = applications;
        this.programmes = programmes;
        this.enterprises = enterprises;
        this.letters = letters;
        this.timeline = timeline;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long applicationId = ExecutionValues.applicationId(execution);
        Application application = applications.findById(applicationId).orElseThrow();
        Programme programme = programmes.find(application.programmeKey()).orElseThrow();
        if (programme.letterTemplate() == null) {
            throw new IllegalStateException("programme " + programme.key() + " has no letter template: add one at "
                    + "/admin/programmes/" + programme.key() + ", then retry the step");
        }
        String number = application.number() + "-L";
        Instant now = ClockUtil.getCurrentTime().toInstant();
        if (letters.of(applicationId).isEmpty()) {
            String body = fill(programme.letterTemplate(), values(application, programme, number, now));
            if (letters.issueOnce(applicationId, number, body, now)) {
                timeline.record(execution, applicationId, DecisionKind.LETTER_ISSUED, number, (String) null, null);
            }
        }
        execution.setVariable(ProcessVariables.LETTER_NUMBER, number);
        Object status = execution.getVariableLocal(ProcessVariables.Inputs.STATUS);
        if (status instanceof String text && !text.isBlank()) {
            applications.updateStatus(applicationId, ApplicationStatus.valueOf(text));
        }
    }

    private Map<String, String> values(Application application, Programme programme, String number, Instant now) {
        Enterprise enterprise = enterprises.findById(application.enterpriseId()).orElseThrow();
        Money amount = Money.ofNullable(application.approvedAmount() != null ? application.approvedAmount()
                : application.requestedAmount());
        return Map.of("enterprise", enterprise.name(), "creditCode", enterprise.creditCode(),
                "number", application.number(), "title", application.title() == null ? "" : application.title(),
                "programme", programme.nameZh(), "amount", amount == null ? "" : amount.format(Locale.ROOT),
                "date", DATE.format(now.atZone(OfficeCalendar.OFFICE_ZONE)), "letterNumber", number);
    }

    static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(text, Matcher.quoteReplacement(
                    values.getOrDefault(matcher.group(1), matcher.group())));
        }
        matcher.appendTail(text);
        return text.toString();
    }
}
