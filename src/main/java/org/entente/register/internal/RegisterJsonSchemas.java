package org.entente.register.internal;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.Set;
import org.entente.register.Coded;
import org.entente.register.OrganizationCode;
import org.entente.register.PartialDate;
import org.entente.register.StateCode;
import org.springframework.stereotype.Component;

/**
 * The register's values in the OpenAPI description as {@link RegisterJson} writes them: a {@link Coded} enum (of any module)
 * as the string of its lower-case codes, state and organization codes and partial dates as strings with their pattern and
 * an example, instead of the Java names ({@code "MEMBER"}) and records ({@code {"value": "string"}}) springdoc would show.
 */
@Component
class RegisterJsonSchemas implements ModelConverter {

    @Override
    public Schema<?> resolve(AnnotatedType annotated, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Class<?> type = rawClass(annotated.getType());
        if (type != null && type.isEnum() && Coded.class.isAssignableFrom(type)) {
            Schema<String> codes = string();
            for (Object constant : type.getEnumConstants()) {
                codes.addEnumItemObject(((Coded) constant).code());
            }
            return codes;
        }
        if (type == StateCode.class) {
            return named(context, "StateCode", string().pattern("^[A-Z]{3}$").example("KAZ").description("ISO 3166-1 alpha-3 state code"));
        }
        if (type == OrganizationCode.class) {
            return named(context, "OrganizationCode", string().pattern("^[A-Z][A-Z0-9-]{1,15}$").example("CSTO").description("organization code"));
        }
        if (type == PartialDate.class) {
            return named(context, "PartialDate", string().pattern("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$").example("2012-06")
                    .description("a date to the day, the month or the year, as the sources give it (YYYY-MM-DD, YYYY-MM or YYYY)"));
        }
        return chain.hasNext() ? chain.next().resolve(annotated, context, chain) : null;
    }

    /** The schema among the description's components under its name, and a reference to it in its place. */
    private static Schema<?> named(ModelConverterContext context, String name, Schema<String> schema) {
        context.defineModel(name, schema);
        return new Schema<>().$ref("#/components/schemas/" + name);
    }

    private static Schema<String> string() {
        Schema<String> schema = new Schema<>();
        schema.setType("string");
        schema.setTypes(Set.of("string"));
        return schema;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            return raw;
        }
        if (type instanceof com.fasterxml.jackson.databind.JavaType javaType) {
            return javaType.getRawClass();
        }
        return null;
    }
}
