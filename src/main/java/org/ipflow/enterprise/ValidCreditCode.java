package org.ipflow.enterprise;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.ipflow.shared.CreditCode;

/** A unified social credit code with a correct check character; case and surrounding spaces do not matter. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidCreditCode.Validator.class)
@interface ValidCreditCode {

    String message() default "{enterprise.creditCode.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Blank input is left to {@code @NotBlank}, so that an empty field gets one message. */
    class Validator implements ConstraintValidator<ValidCreditCode, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || CreditCode.isValid(CreditCode.normalise(value));
        }
    }
}
