package org.ipflow.application.process;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.ipflow.identity.Expert;

/**
 * One draw of experts for an application, and its rule: from the pool's active experts of the field (by
 * username), leave out the applicant's own people, experts whose affiliation has the applicant's credit code,
 * experts who declared a conflict with the applicant, experts drawn before in this round and, where the
 * programme says so, experts of the applicant's region; then shuffle the rest with the seed and take the
 * first ones. The same pool, applicant and seed give the same draw, so a recorded draw can be checked.
 *
 * @param candidates who could be drawn, in the order the seed shuffles
 * @param excluded   who was left out, with the reason ({@code member}, {@code affiliation}, {@code conflict},
 *                   {@code drawn}, {@code region})
 */
public record ExpertDraw(long seed, List<String> candidates, List<String> drawn, Map<String, String> excluded) {

    /** What the rule needs of the applicant. */
    public record Applicant(String creditCode, String region, Set<String> members, Set<String> conflicts) {
    }

    public static ExpertDraw of(List<Expert> pool, Applicant applicant, Set<String> drawnBefore, boolean regionRecusal,
            int count, long seed) {
        List<String> candidates = new ArrayList<>();
        Map<String, String> excluded = new LinkedHashMap<>();
        for (Expert expert : pool) {
            String reason = reason(expert, applicant, drawnBefore, regionRecusal);
            if (reason == null) {
                candidates.add(expert.username());
            } else {
                excluded.put(expert.username(), reason);
            }
        }
        List<String> shuffled = new ArrayList<>(candidates);
        Collections.shuffle(shuffled, new Random(seed));
        return new ExpertDraw(seed, List.copyOf(candidates), List.copyOf(shuffled.subList(0, Math.min(count,
                shuffled.size()))), Map.copyOf(excluded));
    }

    private static String reason(Expert expert, Applicant applicant, Set<String> drawnBefore, boolean regionRecusal) {
        if (applicant.members().contains(expert.username())) {
            return "member";
        }
        if (applicant.creditCode() != null && applicant.creditCode().equals(expert.affiliationCreditCode())) {
            return "affiliation";
        }
        if (applicant.conflicts().contains(expert.username())) {
            return "conflict";
        }
        if (drawnBefore.contains(expert.username())) {
            return "drawn";
        }
        if (regionRecusal && applicant.region() != null && applicant.region().equals(expert.region())) {
            return "region";
        }
        return null;
    }
}
