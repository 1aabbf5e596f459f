package org.entente.register.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.entente.register.Coded;
import org.entente.register.OrganizationCode;
import org.entente.register.PartialDate;
import org.entente.register.Period;
import org.entente.register.StateCode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * The register's values in JSON as the dataset format writes them: codes and dates as plain strings, enums by
 * their lower-case codes, a period as its {@code from} and {@code until} only.
 */
@Configuration(proxyBeanMethods = false)
class RegisterJson {

    @Bean
    SimpleModule registerValues() {
        var module = new SimpleModule("register-values");
        module.addSerializer(StateCode.class, ToStringSerializer.instance);
        module.addSerializer(OrganizationCode.class, ToStringSerializer.instance);
        module.addSerializer(PartialDate.class, ToStringSerializer.instance);
        module.addSerializer(Coded.class, new ValueSerializer<>() {
            @Override
            public void serialize(Coded value, JsonGenerator generator, SerializationContext context) {
                generator.writeString(value.code());
            }
        });
        module.setMixInAnnotation(Period.class, PeriodFields.class);
        return module;
    }

    /** A period's days are its two ends; whether it has any is for the code that reads it, not a field. */
    @JsonIgnoreProperties("empty")
    private interface PeriodFields {
    }
}
