package org.ipflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ipflow.IpflowTest;
import org.ipflow.application.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * A long inbox comes in pages that the database cuts: every task once, in order, with the total; the
 * region and search filters work before the paging, not on one page; tasks held by others stay out.
 */
@IpflowTest
class InboxPagingIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessTasks tasks;
    @Autowired
    Inbox inbox;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest);
    }

    @Test
    void pagesCoverEveryTaskOnceInOrderWithTheTotal() {
        String tag = "分页" + UUID.randomUUID().toString().substring(0, 8);
        List<Long> submitted = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            submitted.add(api.submittedGrant("enterprise1", tag + " 项目" + i, 100000, 40000));
        }
        var reviewer1 = reviewer("reviewer1", "150100");
        InboxFilter mine = new InboxFilter(null, null, "Task_RegionalPreReview", false, InboxFilter.Sort.AGE, tag);

        List<WorkItem> seen = new ArrayList<>();
        InboxPage page = inbox.page(reviewer1, mine, 0, 3);
        assertThat(page.total()).isEqualTo(7);
        assertThat(page.pages()).isEqualTo(3);
        while (true) {
            assertThat(page.items()).hasSizeLessThanOrEqualTo(3);
            seen.addAll(page.items());
            if (!page.hasNext()) {
                break;
            }
            page = inbox.page(reviewer1, mine, page.page() + 1, 3);
        }
        assertThat(seen).extracting(item -> item.application().id()).containsExactlyElementsOf(submitted);
        assertThat(new HashSet<>(seen.stream().map(WorkItem::id).toList())).hasSize(7);
    }

    @Test
    void pastTheCountingBoundTheTotalSaysMoreAndEveryPageIsStillReached() {
        String tag = "上限" + UUID.randomUUID().toString().substring(0, 8);
        List<Long> submitted = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            submitted.add(api.submittedGrant("enterprise1", tag + " 项目" + i, 100000, 40000));
        }
        var reviewer1 = reviewer("reviewer1", "150100");
        InboxFilter mine = new InboxFilter(null, null, null, false, InboxFilter.Sort.AGE, tag);

        // Counted up to two pages past the one asked for (here 2 × 2 = 4 of 7): "more than 4".
        InboxPage page = inbox.page(reviewer1, mine, 0, 2, 1);
        assertThat(page.more()).isTrue();
        assertThat(page.total()).isEqualTo(4);
        List<Long> seen = new ArrayList<>();
        while (true) {
            page.items().forEach(item -> seen.add(item.application().id()));
            if (!page.hasNext()) {
                break;
            }
            page = inbox.page(reviewer1, mine, page.page() + 1, 2, 1);
        }
        assertThat(seen).containsExactlyElementsOf(submitted);
        assertThat(page.more()).as("near the end the count is exact again").isFalse();
        assertThat(page.total()).isEqualTo(7);

        var api1 = api.list("reviewer1", "/api/tasks?size=2&sort=AGE&q=" + tag);
        assertThat(api1.getHeaders().getFirst("X-Total-Count")).as("7 is under the API's bound").isEqualTo("7");
    }

    @Test
    void regionAndSearchFilterInTheDatabaseAndOthersHeldTasksStayOut() {
        String tag = "筛选" + UUID.randomUUID().toString().substring(0, 8);
        long ours = api.submittedGrant("enterprise1", tag + " 呼和浩特", 100000, 40000);
        long theirs = api.submittedGrant("enterprise2", tag + " 包头", 100000, 40000);
        String number = (String) api.application("enterprise1", ours).get("number");
        // reviewer3 is a reviewer of every region (formal review); pre-review is regional.
        var regional = reviewer("reviewer1", "150100");

        assertThat(inbox.page(regional, new InboxFilter(null, null, null, false, null, tag), 0, 50).items())
                .extracting(item -> item.application().id()).containsExactly(ours);
        assertThat(inbox.page(regional, new InboxFilter(null, null, null, false, null, number), 0, 50).items())
                .extracting(item -> item.application().id()).containsExactly(ours);
        assertThat(inbox.page(regional, new InboxFilter(null, "150200", null, false, null, tag), 0, 50).total())
                .isZero();
        // A search text is a literal: % does not match everything.
        assertThat(inbox.page(regional, new InboxFilter(null, null, null, false, null, "%"), 0, 50).items())
                .extracting(item -> item.application().id()).doesNotContain(ours);

        String task = api.taskFor("reviewer2", theirs, "Task_RegionalPreReview");
        var reviewer2 = reviewer("reviewer2", "150200");
        assertThat(inbox.page(reviewer2, new InboxFilter(null, null, null, false, null, tag), 0, 50).total())
                .isEqualTo(1);
        tasks.claim(reviewer2, task);
        var anotherReviewerOfThatRegion = reviewer("reviewer9", "150200");
        assertThat(inbox.page(anotherReviewerOfThatRegion, new InboxFilter(null, null, null, false, null, tag), 0, 50)
                .total()).as("a task held by someone else is not offered").isZero();
        assertThat(inbox.page(reviewer2, new InboxFilter(null, null, null, false, null, tag), 0, 50).items())
                .extracting(WorkItem::assignee).containsExactly("reviewer2");
    }

    @Test
    void theApiListsPagesWithTheirTotalAndLeavesFormsToTheSingleTask() {
        String tag = "接口" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            api.submittedGrant("enterprise1", tag + " " + i, 100000, 40000);
        }
        var first = api.list("reviewer1", "/api/tasks?size=2&sort=AGE&q=" + tag);
        var second = api.list("reviewer1", "/api/tasks?size=2&sort=AGE&page=1&q=" + tag);

        assertThat(first.getHeaders().getFirst("X-Total-Count")).isEqualTo("3");
        assertThat(first.getBody()).hasSize(2).allSatisfy(task -> assertThat(task).doesNotContainKey("form"));
        assertThat(second.getBody()).hasSize(1);
        String id = (String) second.getBody().get(0).get("id");
        assertThat(first.getBody()).extracting(t -> t.get("id")).doesNotContain(id);
        Map<String, Object> one = api.call("reviewer1", HttpMethod.GET, "/api/tasks/" + id, null).getBody();
        assertThat(one).containsKey("form");
        assertThat(api.list("reviewer1", "/api/tasks?size=100000").getStatusCode().value())
                .as("an oversized page is bounded, not refused").isEqualTo(200);
    }

    private static UsernamePasswordAuthenticationToken reviewer(String name, String region) {
        return new UsernamePasswordAuthenticationToken(name, null,
                AuthorityUtils.createAuthorityList("reviewer", "reviewer-" + region));
    }
}
