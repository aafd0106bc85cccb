package de.anliegen.web.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text of at most {@link #value()} characters, counted as JSON Schema's {@code maxLength} and the service count them:
 * in Unicode code points, so an emoji is one (Bean Validation's {@code @Size} counts UTF-16 units, in which it is two).
 * Beside {@code @Schema(maxLength = …)} with the same constant, so that the document says what is checked; the
 * request's other fields are checked in the same pass, and a refusal names every field that is wrong.
 */
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
@Constraint(validatedBy = MostCharacters.Counted.class)
public @interface MostCharacters {

    int value();

    String message() default "at most {value} characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Counts code points; no text at all is for {@code @NotNull} to judge. */
    class Counted implements ConstraintValidator<MostCharacters, CharSequence> {

        private int most;

        @Override
        public void initialize(MostCharacters annotation) {
            most = annotation.value();
        }

        @Override
        public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
            return text == null || Character.codePointCount(text, 0, text.length()) <= most;
        }
    }
}
