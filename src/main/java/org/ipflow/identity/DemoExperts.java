package org.ipflow.identity;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo expert pool of the README, password "demo" like every demo user: six experts of the grant, so
 * that a draw of three leaves room for a decline and a recusal; only in the demo profile.
 */
@Component
@Profile("demo")
@Order(2)
class DemoExperts implements ApplicationRunner {

    private static final String GRANT = "patent-transformation-grant";

    private final ExpertPool pool;

    DemoExperts(ExpertPool pool) {
        this.pool = pool;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        add("expert1", "专家一 Expert 1", "内蒙古大学", "150100");
        add("expert2", "专家二 Expert 2", "内蒙古科技大学", "150200");
        add("expert3", "专家三 Expert 3", "内蒙古工业大学", "150100");
        add("expert4", "专家四 Expert 4", "内蒙古知识产权研究会", "150400");
        add("expert5", "专家五 Expert 5", "包头稀土研究院", "150200");
        add("expert6", "专家六 Expert 6", "内蒙古农业大学", "150100");
    }

    private void add(String username, String name, String affiliation, String region) {
        if (pool.find(username).isEmpty()) {
            pool.add("demo", new ExpertBody(username, DemoUsers.PASSWORD, name, List.of(GRANT), affiliation, null,
                    region, LocalDate.of(2026, 1, 1), null), false);
        }
    }
}
