package org.ipflow.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import org.ipflow.application.ValidationFailed;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/account/contact}: every signed-in user's own addresses and choices, nobody else's. */
@RestController
@RequestMapping("/api/account/contact")
@Tag(name = "Account")
class ContactApiController {

    private final ContactBook book;
    private final ContactVerification verification;

    ContactApiController(ContactBook book, ContactVerification verification) {
        this.book = book;
        this.verification = verification;
    }

    /** A change: null leaves an address or a choice as it is; a blank address removes it. */
    record ContactChange(String email, String mobile, Map<MessageKind, Map<Channel, Boolean>> choices) {
    }

    /** A code that came to the address of {@code channel} (EMAIL or SMS). */
    record CodeJson(Channel channel, String code) {
    }

    @Operation(summary = "The caller's e-mail, mobile number and message choices",
            description = "Roles: any signed-in user. {email, emailVerified, mobile, mobileVerified, choices: "
                    + "{STATUS|TASKS|REMINDERS|DIGEST: {EMAIL: bool, SMS: bool}}}. Only verified addresses receive "
                    + "messages; decisions and requests for correction reach them whatever the choices.")
    @GetMapping
    ContactDetails get(Principal user) {
        return book.details(user.getName());
    }

    @Operation(summary = "Change the caller's addresses and choices",
            description = "Roles: any signed-in user. {email, mobile, choices}; a new address gets a six-digit code "
                    + "(valid 15 minutes) and is used once verified; 400 with errors on email or mobile.")
    @PutMapping
    ContactDetails put(@RequestBody(required = false) ContactChange change, Principal user, Locale locale) {
        if (change != null) {
            verification.change(user.getName(), change.email(), change.mobile(), locale);
            if (change.choices() != null) {
                book.choose(user.getName(), change.choices());
            }
        }
        return book.details(user.getName());
    }

    @Operation(summary = "Verify an address with the code sent to it",
            description = "Roles: any signed-in user. {channel: EMAIL|SMS, code}; 400 with an error on code when it "
                    + "is wrong, expired or tried five times wrongly.")
    @PostMapping("/verify")
    ContactDetails verify(@RequestBody(required = false) CodeJson code, Principal user, Locale locale) {
        if (code == null || code.channel() == null || !ContactBook.PERSONAL.contains(code.channel())) {
            throw new ValidationFailed(Map.of("channel", "EMAIL|SMS"));
        }
        verification.verify(user.getName(), code.channel(), code.code(), locale);
        return book.details(user.getName());
    }
}
