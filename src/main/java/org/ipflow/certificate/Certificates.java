package org.ipflow.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ipflow.application.Application;
import org.ipflow.application.ApplicationCertificates;
import org.ipflow.application.ApplicationNotFound;
import org.ipflow.application.Applications;
import org.ipflow.enterprise.Enterprise;
import org.ipflow.enterprise.Enterprises;
import org.ipflow.shared.AdminActionPerformed;
import org.ipflow.shared.OfficeTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues certificates, answers the public check and renders the PDF. Days are counted in China Standard
 * Time by the engine's clock, like the process timers that remind and expire (tests move that clock).
 */
@Service
@Transactional
public class Certificates implements ApplicationCertificates {

    static final ZoneId OFFICE_ZONE = OfficeTime.ZONE;

    private final CertificateRepository repository;
    private final Applications applications;
    private final Enterprises enterprises;
    private final CertificatePdf pdf;
    private final CertificateSettings settings;
    private final ApplicationEventPublisher events;

    Certificates(CertificateRepository repository, Applications applications, Enterprises enterprises,
            CertificatePdf pdf, CertificateSettings settings, ApplicationEventPublisher events) {
        this.repository = repository;
        this.applications = applications;
        this.enterprises = enterprises;
        this.pdf = pdf;
        this.settings = settings;
        this.events = events;
    }

    /** What anyone may learn from a verification code: no contact data, no documents. */
    public record Verification(Certificate.Status status, String number, String enterpriseName,
            CertificateLevel level, LocalDate validFrom, LocalDate validUntil) {
    }

    /**
     * The application's certificate, issued on the first call, valid from today for the configured years.
     * A later call (a retried job, a restarted step) returns the same certificate. Two certificates issued
     * at the same moment could draw the same number; the unique key then fails one transaction, whose job
     * the engine retries.
     */
    public Certificate issueOnce(long applicationId, CertificateLevel level) {
        Optional<Certificate> issued = repository.findByApplication(applicationId);
        if (issued.isPresent()) {
            return issued.get();
        }
        Application application = applications.findById(applicationId)
                .orElseThrow(() -> new ApplicationNotFound(applicationId));
        LocalDate from = today();
        long serial = repository.countNumbered(settings.numberPrefix(), from.getYear()) + 1;
        repository.insert(new Certificate(0, "%s-%d-%04d".formatted(settings.numberPrefix(), from.getYear(), serial),
                VerificationCodes.next(), applicationId, application.enterpriseId(), level, from,
                from.plusYears(settings.validYears()).minusDays(1), false, null, Instant.now()));
        return repository.findByApplication(applicationId).orElseThrow();
    }

    /** What a revocation came to. */
    public enum Revocation { REVOKED, UNKNOWN, ALREADY_REVOKED }

    /**
     * Revokes a certificate (e.g. found to rest on false statements): the public check answers REVOKED from now on,
     * the public list drops it, the audit log keeps who and why, and subscribers hear of it
     * ({@link CertificateRevoked}). A certificate is revoked once; numbers are never reused.
     */
    public Revocation revoke(String number, String reason, String actor) {
        Optional<Certificate> certificate = repository.findByNumber(number);
        if (certificate.isEmpty()) {
            return Revocation.UNKNOWN;
        }
        if (!repository.revoke(number, reason)) {
            return Revocation.ALREADY_REVOKED;
        }
        events.publishEvent(new AdminActionPerformed(actor, "CERTIFICATE_REVOKE", "certificate:" + number, reason));
        events.publishEvent(new CertificateRevoked(certificate.get().applicationId(), number, reason));
        return Revocation.REVOKED;
    }

    /** The application a certificate was issued for. */
    @Transactional(readOnly = true)
    public Optional<Long> applicationOf(String number) {
        return repository.findByNumber(number).map(Certificate::applicationId);
    }

    /** The public check's answer for a certificate by its number, for administrators. */
    @Transactional(readOnly = true)
    public Optional<Verification> byNumber(String number) {
        return repository.findByNumber(number).map(c -> new Verification(c.statusOn(today()), c.number(),
                enterprise(c).name(), c.level(), c.validFrom(), c.validUntil()));
    }

    /** The public check; empty for a code that is malformed or unknown alike, so that answers give nothing away. */
    @Transactional(readOnly = true)
    public Optional<Verification> verify(String code) {
        return VerificationCodes.normalise(code).flatMap(repository::findByCode).map(c -> new Verification(
                c.statusOn(today()), c.number(), enterprise(c).name(), c.level(), c.validFrom(), c.validUntil()));
    }

    /** One certificate of the public list of certified enterprises. */
    public record Listed(String number, String enterpriseName, CertificateLevel level, LocalDate validUntil) {
    }

    /** One page of the list and how many certificates are valid today in all. */
    public record ListPage(List<Listed> certificates, long total) {
    }

    /** The certificates valid today (issued, not revoked, not expired), newest first, one page of them. */
    @Transactional(readOnly = true)
    public ListPage valid(int page, int size) {
        LocalDate today = today();
        List<Listed> certificates = repository.findValid(today, (long) page * size, size).stream()
                .map(c -> new Listed(c.number(), enterprise(c).name(), c.level(), c.validUntil())).toList();
        return new ListPage(certificates, repository.countValid(today));
    }

    /** The certificate of an application the user may see, as a PDF; 404 for anyone else or no certificate. */
    @Transactional(readOnly = true)
    public Document document(Authentication user, long applicationId) {
        Application application = applications.visible(user, applicationId);
        Certificate certificate = repository.findByApplication(application.id())
                .orElseThrow(() -> new ApplicationNotFound(applicationId));
        return new Document(certificate.number() + ".pdf", pdf.render(certificate, enterprise(certificate)));
    }

    /** A rendered certificate and the file name to offer it under. */
    public record Document(String fileName, byte[] content) {
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<IssuedCertificate> of(long applicationId) {
        LocalDate today = today();
        return repository.findByApplication(applicationId).map(c -> new IssuedCertificate(c.number(),
                c.verificationCode(), c.level().name(), c.validFrom(), c.validUntil(), c.statusOn(today).name(),
                !c.revoked() && !today.isBefore(reminderDay(c))));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean holds(long enterpriseId, String level) {
        var levels = CertificateLevel.DEMONSTRATION.name().equals(level) ? java.util.List.of(level)
                : java.util.List.of(CertificateLevel.PILOT.name(), CertificateLevel.DEMONSTRATION.name());
        return repository.holdsValid(enterpriseId, levels, today());
    }

    LocalDate reminderDay(Certificate certificate) {
        return certificate.validUntil().minusDays(settings.reminderDays());
    }

    static LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(OFFICE_ZONE).toLocalDate();
    }

    private Enterprise enterprise(Certificate certificate) {
        return enterprises.findById(certificate.enterpriseId())
                .orElseThrow(() -> new IllegalStateException("no enterprise " + certificate.enterpriseId()));
    }
}
