package org.ipflow.application.notice;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ipflow.application.Application;
import org.ipflow.application.ApplicationStatus;
import org.ipflow.application.internal.ApplicationRepository;
import org.ipflow.application.internal.NoticeBatches;
import org.ipflow.enterprise.Enterprise;
import org.ipflow.enterprise.Enterprises;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public notices as the public reads them: one notice per batch of decisions, with its number, the
 * period, the contact for objections and its entries still under notice. An entry whose objection was
 * upheld is no longer under notice, so it leaves its batch while the others stay.
 */
@Service
@Transactional(readOnly = true)
public class NoticeList {

    private final ApplicationRepository applications;
    private final NoticeBatches batches;
    private final Enterprises enterprises;
    private final NoticeSettings settings;

    NoticeList(ApplicationRepository applications, NoticeBatches batches, Enterprises enterprises,
            NoticeSettings settings) {
        this.applications = applications;
        this.batches = batches;
        this.enterprises = enterprises;
        this.settings = settings;
    }

    /** One entry: the application's number (objections name it), who, what, and the amount or level proposed. */
    public record Entry(String number, String enterpriseName, String title, BigDecimal amount, String level) {
    }

    /** A notice (公示名单): {@code until} is the end of the period, five working days by the office calendar. */
    public record Notice(String noticeNumber, String programme, Instant until, String contact, List<Entry> entries) {
    }

    public List<Notice> current() {
        Instant now = Instant.now();
        List<Application> open = applications.listByStatus(ApplicationStatus.PUBLIC_NOTICE, 500).stream()
                .filter(a -> a.noticeUntil() != null && a.noticeUntil().isAfter(now)).toList();
        Map<Long, NoticeBatches.Placement> placed = batches.placements(open.stream().map(Application::id).toList());
        Map<Long, List<Application>> byBatch = open.stream().filter(a -> placed.containsKey(a.id()))
                .collect(Collectors.groupingBy(a -> placed.get(a.id()).batchId(), LinkedHashMap::new,
                        Collectors.toList()));
        Map<Long, Enterprise> names = enterprises(open);
        return batches.find(byBatch.keySet()).stream().map(batch -> {
            List<Application> entries = byBatch.get(batch.id()).stream()
                    .sorted(Comparator.comparing(Application::number)).toList();
            Instant until = entries.stream().map(Application::noticeUntil).max(Comparator.naturalOrder()).orElseThrow();
            return new Notice(batch.noticeNumber(), batch.programmeKey(), until, settings.contact(), entries.stream()
                    .map(a -> entry(a, names.get(a.enterpriseId()), placed.get(a.id()).level())).toList());
        }).toList();
    }

    /**
     * One notice by its number, as published and for as long as anyone looks it up: the entries that went on
     * notice, without those an upheld objection (or a withdrawal) removed.
     */
    public Optional<Notice> find(String noticeNumber) {
        return batches.byNumber(noticeNumber).map(batch -> {
            List<Long> ids = batches.members(batch.id());
            Map<Long, NoticeBatches.Placement> placed = batches.placements(ids);
            List<Application> entries = applications.findByIds(ids).stream()
                    .filter(a -> a.noticeUntil() != null && a.status() != ApplicationStatus.REJECTED
                            && a.status() != ApplicationStatus.WITHDRAWN)
                    .sorted(Comparator.comparing(Application::number)).toList();
            Map<Long, Enterprise> names = enterprises(entries);
            Instant until = entries.stream().map(Application::noticeUntil).max(Comparator.naturalOrder()).orElse(null);
            return new Notice(batch.noticeNumber(), batch.programmeKey(), until, settings.contact(), entries.stream()
                    .map(a -> entry(a, names.get(a.enterpriseId()), placed.get(a.id()).level())).toList());
        });
    }

    /** A certification publishes its level, a grant its amount. */
    private static Entry entry(Application a, Enterprise enterprise, String level) {
        return new Entry(a.number(), enterprise.name(), a.title(), level == null ? a.approvedAmount() : null, level);
    }

    private Map<Long, Enterprise> enterprises(List<Application> open) {
        Map<Long, Enterprise> names = new LinkedHashMap<>();
        open.forEach(a -> names.computeIfAbsent(a.enterpriseId(), id -> enterprises.findById(id).orElseThrow()));
        return names;
    }
}
