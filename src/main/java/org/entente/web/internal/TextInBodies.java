package org.entente.web.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
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
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every JSON request body of the API, before it becomes a request record: a string or property name
 * holding what {@link ControlCharacters} refuses is a 400 naming its path ({@code designation},
 * {@code equipment[1].name}), and nothing is read further. A body that is not JSON is left to the
 * converter, which refuses it as before.
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
        try (JsonParser parser = json.createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                String text = token == JsonToken.PROPERTY_NAME ? parser.currentName() : token == JsonToken.VALUE_STRING ? parser.getString() : null;
                String problem = ControlCharacters.problem(text);
                if (problem != null) {
                    String path = path(parser.streamReadContext());
                    throw Problems.badRequest(path.isEmpty() ? "body" : path, problem);
                }
            }
        } catch (JacksonException notJson) {
            // the converter reads it next, and refuses it with its own answer
        }
    }

    /** The path of the current value: property names joined by dots, array indexes in brackets. */
    private static String path(TokenStreamContext context) {
        var segments = new java.util.ArrayDeque<String>();
        for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                segments.addFirst("[" + Math.max(0, at.getCurrentIndex()) + "]");
            } else if (at.inObject() && at.currentName() != null) {
                segments.addFirst("." + at.currentName());
            }
        }
        String path = String.join("", segments);
        return path.startsWith(".") ? path.substring(1) : path;
    }
}
