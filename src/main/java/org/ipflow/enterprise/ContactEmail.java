package org.ipflow.enterprise;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A contact e-mail address: required, at most 200 characters, one @ and a dot in the domain. Every form that takes
 * it uses this one rule, so that the forms cannot drift apart; each broken part reports its own message.
 */
@NotBlank(message = "{validation.required}")
@Size(max = 200, message = "{enterprise.email.invalid}")
@Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{enterprise.email.invalid}")
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@interface ContactEmail {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
