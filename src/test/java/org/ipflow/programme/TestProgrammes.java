package org.ipflow.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.ApplicationContext;

/**
 * Programmes of their own for tests, defined the way an administrator does (same rules, same audit):
 * the grant's process and start form under a fresh key and prefix, so a test can retire or close it
 * without touching the programmes other tests use.
 */
public final class TestProgrammes {

    private final ProgrammeAdministration administration;
    private final ProgrammeCalls calls;

    public TestProgrammes(ApplicationContext context) {
        this.administration = context.getBean(ProgrammeAdministration.class);
        this.calls = context.getBean(ProgrammeCalls.class);
    }

    /** A grant-like programme on the given start form, open to these regions (none: all), with no call yet. */
    public String define(String startForm, List<String> regions, String certificationRequired) {
        String suffix = letters(4);
        String key = "test-" + suffix.toLowerCase();
        var form = new ProgrammeForm(key, "测试项目" + suffix, "Test programme " + suffix, null, null, "T" + suffix,
                "patent-transformation-grant", startForm, "projectName", "amountRequested",
                "eligibleCost=transferFeePaid", "other | 其他材料 | Other documents | optional", regions,
                certificationRequired, null, null);
        var outcome = administration.create(form, "admin");
        assertThat(outcome.problems()).isEmpty();
        return key;
    }

    public String defineGrantLike(List<String> regions) {
        return define("patent-transformation-grant-start", regions, null);
    }

    /** Adds a call as the administrator's page does; a null {@code closes} makes it open-ended. */
    public long openCall(String key, Instant opens, Instant closes) {
        return openCall(key, opens, closes, null);
    }

    /** A call with a budget in yuan (null: none). */
    public long openCall(String key, Instant opens, Instant closes, String budget) {
        var outcome = administration.addCall(key, new CallForm("测试批次", "Test call", CallForm.local(opens),
                CallForm.local(closes), budget), "admin");
        assertThat(outcome.problems()).isEmpty();
        return calls.of(key).stream().mapToLong(Call::id).max().orElseThrow();
    }

    public void closeNow(String key, long callId) {
        administration.closeCall(key, callId, "admin");
    }

    public void retire(String key) {
        administration.changeStatus(key, Programme.Status.RETIRED, "admin");
    }

    private static String letters(int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return text.toString();
    }
}
