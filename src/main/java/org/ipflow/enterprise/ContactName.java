package org.ipflow.enterprise;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The name of an enterprise's contact person: required, at most 100 characters. Every form that takes it uses this
 * one rule, so that the forms cannot drift apart; each broken part reports its own message.
 */
@NotBlank(message = "{validation.required}")
@Size(max = 100, message = "{enterprise.contactName.length}")
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@interface ContactName {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
