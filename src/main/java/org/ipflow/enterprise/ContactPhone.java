package org.ipflow.enterprise;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A contact telephone: a mainland mobile number or a landline with area code and optional extension. Every form
 * that takes it uses this one rule, so that the forms cannot drift apart; each broken part reports its own
 * message.
 */
@NotBlank(message = "{validation.required}")
@Size(max = 30, message = "{enterprise.contactPhone.invalid}")
@Pattern(regexp = "1[3-9]\\d{9}|0\\d{2,3}-\\d{7,8}(-\\d{1,6})?", message = "{enterprise.contactPhone.invalid}")
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@interface ContactPhone {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
