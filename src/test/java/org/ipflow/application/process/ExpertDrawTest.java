package org.ipflow.application.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipflow.identity.Expert;
import org.junit.jupiter.api.Test;

/** The rule of a draw: who is left out and why, and the same seed drawing the same experts. */
class ExpertDrawTest {

    static final String APPLICANT_CODE = "91150100MA0QCKJ01L";

    final List<Expert> pool = List.of(expert("a", null, "150100"), expert("b", APPLICANT_CODE, "150200"),
            expert("c", null, "150100"), expert("d", null, "150400"), expert("e", null, "150200"),
            expert("f", null, "150500"));
    final ExpertDraw.Applicant applicant = new ExpertDraw.Applicant(APPLICANT_CODE, "150100", Set.of("e"), Set.of("d"));

    @Test
    void leavesOutTheApplicantsPeopleItsAffiliatesDeclaredConflictsAndTheRoundsDrawn() {
        ExpertDraw draw = ExpertDraw.of(pool, applicant, Set.of("f"), false, 3, 42);

        assertThat(draw.excluded()).isEqualTo(Map.of("e", "member", "b", "affiliation", "d", "conflict", "f", "drawn"));
        assertThat(draw.candidates()).containsExactly("a", "c");
        assertThat(draw.drawn()).as("fewer left than asked: all of them").containsExactlyInAnyOrder("a", "c");
    }

    @Test
    void regionRecusalLeavesOutExpertsOfTheApplicantsRegionOnlyWhenTheProgrammeAsksForIt() {
        ExpertDraw draw = ExpertDraw.of(pool, applicant, Set.of(), true, 3, 42);

        assertThat(draw.excluded()).containsEntry("a", "region").containsEntry("c", "region");
        assertThat(draw.drawn()).containsExactly("f");
        assertThat(ExpertDraw.of(pool, applicant, Set.of(), true, 3, 42).drawn()).isEqualTo(draw.drawn());
    }

    @Test
    void theRecordedSeedDrawsTheSameExpertsAndAnEmptyPoolDrawsNobody() {
        ExpertDraw.Applicant nobody = new ExpertDraw.Applicant(null, null, Set.of(), Set.of());
        List<String> drawn = ExpertDraw.of(pool, nobody, Set.of(), false, 3, 7).drawn();

        assertThat(drawn).hasSize(3).doesNotHaveDuplicates();
        for (int i = 0; i < 5; i++) {
            assertThat(ExpertDraw.of(pool, nobody, Set.of(), false, 3, 7).drawn()).isEqualTo(drawn);
        }
        assertThat(ExpertDraw.of(List.of(), nobody, Set.of(), false, 3, 7).drawn()).isEmpty();
    }

    private static Expert expert(String name, String creditCode, String region) {
        return new Expert(name, name, List.of("patent-transformation-grant"), "单位", creditCode, region,
                LocalDate.of(2026, 1, 1), null);
    }
}
