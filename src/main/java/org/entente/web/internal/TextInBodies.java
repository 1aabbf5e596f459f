package org.entente.web.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.List;
import org.entente.web.ControlCharacters;
import org.entente.web.Problems;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every JSON request body of the API, before it becomes a request record: a string or property name
 * holding what {@link ControlCharacters} refuses is a 400 naming its path ({@code designation},
 * {@code equipment[1].name}; for a property name, the object it is in, as in a dataset document), and
 * nothing is read further. A body that is not JSON is left to the converter, which refuses it as before.
 */
@ControllerAdvice
class TextInBodies extends RequestBodyAdviceAdapter {

    private final JsonMapper json;

    TextInBodies(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        MediaType type = message.getHeaders().getContentType();
        if (type == null || !(type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json"))) {
            return message;
        }
        byte[] body = message.getBody().readAllBytes();
        check(body);
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return message.getHeaders();
            }
        };
    }

    private void check(byte[] body) {
        List<ControlCharacters.InJson> found;
        try (JsonParser parser = json.createParser(body)) {
            found = ControlCharacters.inJson(parser, 1);
        } catch (JacksonException notJson) {
            return; // the converter reads it next, and refuses it with its own answer
        }
        if (!found.isEmpty()) {
            throw Problems.badRequest(field(found.getFirst().path()), found.getFirst().problem());
        }
    }

    /** The field a problem names: the JSON path without its root ({@code equipment[1].name}), or the body itself. */
    private static String field(String path) {
        return path.equals("$") ? "body" : path.startsWith("$.") ? path.substring(2) : path.substring(1);
    }
}
