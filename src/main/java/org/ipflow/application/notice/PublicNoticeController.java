package org.ipflow.application.notice;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.ipflow.application.ValidationFailed;
import org.ipflow.programme.Programme;
import org.ipflow.programme.ProgrammeCatalog;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public notice pages, the list and one per notice with its PDF: no login; objections are throttled per client address. */
@Controller
class PublicNoticeController {

    private final PublicNotices notices;
    private final ProgrammeCatalog programmes;
    private final NoticeList batches;
    private final NoticePdf pdf;

    PublicNoticeController(PublicNotices notices, ProgrammeCatalog programmes, NoticeList batches, NoticePdf pdf) {
        this.notices = notices;
        this.programmes = programmes;
        this.batches = batches;
        this.pdf = pdf;
    }

    /** Programme names from the catalogue, so a programme an administrator defined is named too. */
    @ModelAttribute("programmeNames")
    Map<String, String> programmeNames(Locale locale) {
        return programmes.everything().stream().collect(Collectors.toMap(Programme::key, p -> p.name(locale)));
    }

    @GetMapping("/public/notices")
    String list(Model model) {
        model.addAttribute("notices", notices.current());
        model.addAttribute("batches", batches.current());
        return "public/notices";
    }

    /** One notice (公示名单) by its number: its entries, period and contact for objections. */
    @GetMapping("/public/notices/{noticeNumber}")
    String notice(@PathVariable String noticeNumber, Model model) {
        model.addAttribute("notice", batches.find(noticeNumber).orElseThrow(() -> notFound(noticeNumber)));
        return "public/notice";
    }

    /** The same notice as a PDF, for the office to file and print. */
    @GetMapping("/public/notices/{noticeNumber}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String noticeNumber, Locale locale) {
        NoticeList.Notice notice = batches.find(noticeNumber).orElseThrow(() -> notFound(noticeNumber));
        String programme = programmes.find(notice.programme()).map(p -> p.name(Locale.SIMPLIFIED_CHINESE))
                .orElse(notice.programme());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(notice.noticeNumber() + ".pdf").build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(pdf.render(notice, programme));
    }

    private static ResponseStatusException notFound(String noticeNumber) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no notice " + noticeNumber);
    }

    @PostMapping("/public/notices/{number}/objections")
    String object(@PathVariable String number, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String contact, @RequestParam(defaultValue = "") String reason,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        try {
            notices.object(number, name, contact, reason, request.getRemoteAddr());
        } catch (ValidationFailed | PublicNotices.TooManyRequests e) {
            model.addAttribute("notices", notices.current());
            model.addAttribute("objecting", number);
            model.addAttribute("input", Map.of("name", name, "contact", contact, "reason", reason));
            model.addAttribute("errors", e instanceof ValidationFailed v ? v.errors() : Map.of("reason", e.getMessage()));
            return "public/notices";
        }
        redirect.addFlashAttribute("filed", number);
        return "redirect:/public/notices";
    }
}
