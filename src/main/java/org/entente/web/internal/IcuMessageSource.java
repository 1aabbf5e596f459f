package org.entente.web.internal;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.ObjectUtils;

/**
 * The interface's messages ({@code messages*.properties}, UTF-8), formatted with ICU's {@link MessageFormat} in the
 * page's language: {@code {0, plural, one {# unit} other {# units}}} picks the language's plural form (Russian
 * one, few, many; Indonesian has none), and {@code {0}} or {@code #} writes a number as the language writes it
 * (Russian "222 268"). Every page, controller and template that asks Spring for a message goes through it
 * ({@code #{key(${count})}} in Thymeleaf); a message asked without arguments is returned as written, as before.
 */
final class IcuMessageSource extends ResourceBundleMessageSource {

    /** Parsed patterns by pattern and language: parsing is the costly part, and a pattern reads the same every time. */
    private final Map<String, Map<Locale, MessageFormat>> formats = new ConcurrentHashMap<>();

    IcuMessageSource(String basename) {
        setBasename(basename);
        setDefaultEncoding("UTF-8");
        setFallbackToSystemLocale(false);
    }

    @Override
    protected String getMessageInternal(String code, Object[] args, Locale locale) {
        if (code == null || ObjectUtils.isEmpty(args)) {
            return super.getMessageInternal(code, args, locale);
        }
        Locale language = locale == null ? Locale.getDefault() : locale;
        String pattern = resolveCodeWithoutArguments(code, language);
        if (pattern == null) {
            return super.getMessageInternal(code, args, locale);
        }
        MessageFormat format = formats.computeIfAbsent(pattern, p -> new ConcurrentHashMap<>())
                .computeIfAbsent(language, l -> new MessageFormat(pattern, ULocale.forLocale(l)));
        Object[] arguments = asWrittenBefore(resolveArguments(args, language));
        // An ICU MessageFormat is not safe for concurrent use; formatting is quick.
        synchronized (format) {
            return format.format(arguments);
        }
    }

    /**
     * The arguments with each date or time of {@code java.time} as its ISO text, as the JDK's formats wrote them: ICU
     * would write a date as a date and a time of day. Writing dates in the language's own format is a change of its own.
     */
    private static Object[] asWrittenBefore(Object[] arguments) {
        return Arrays.stream(arguments)
                .map(argument -> argument instanceof TemporalAccessor temporal ? temporal.toString() : argument)
                .toArray();
    }
}
