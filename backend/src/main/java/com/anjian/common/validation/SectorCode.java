package com.anjian.common.validation;

import com.anjian.sector.Sector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A sector code exactly as listed by GET /api/v1/sectors. The database compares codes without
 * regard to case, so "gas" would otherwise find GAS and be stored as "gas". Blank is left to
 * {@code @NotBlank} (a blank filter means no filter).
 */
@Documented
@Constraint(validatedBy = SectorCode.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SectorCode {

    String message() default "{unit.sectors.unknown}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @ApplicationScoped
    class Validator implements ConstraintValidator<SectorCode, String> {

        /** Sectors are reference data written by migrations only, so they are read once. */
        private volatile Set<String> codes;

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank() || codes().contains(value)) {
                return true;
            }
            return Violations.report(context, "unit.sectors.unknown", value);
        }

        private Set<String> codes() {
            Set<String> known = codes;
            if (known == null) {
                known = Sector.<Sector>listAll().stream().map(s -> s.code).collect(Collectors.toUnmodifiableSet());
                codes = known;
            }
            return known;
        }
    }
}
