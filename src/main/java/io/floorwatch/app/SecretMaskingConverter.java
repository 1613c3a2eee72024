package io.floorwatch.app;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

import java.util.regex.Pattern;

/**
 * Log messages with credentials masked ({@code %maskedMsg} in logback.xml): bearer and basic tokens, and any
 * {@code access_token}, {@code client_secret}, {@code secret} or {@code password} value. A last line of
 * defence; code should not log these in the first place.
 */
public final class SecretMaskingConverter extends MessageConverter {
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]{6,}");
    private static final Pattern BASIC = Pattern.compile("(?i)(basic\\s+)[A-Za-z0-9+/=]{6,}");
    private static final Pattern FIELD = Pattern.compile(
            "(?i)(\"?(?:access_token|refresh_token|code_verifier|client_secret|clientsecret|secret|password)\"?"
                    + "\\s*[:=]\\s*\"?)[^\"&\\s,}]+");
    /**
     * An authorization code in a redirect's query ({@code ?code=...&state=...}). Only in a query: a Genesys
     * error body's {@code "code":"not.found"} is no secret and stays readable.
     */
    private static final Pattern QUERY_CODE = Pattern.compile("([?&]code=)[^&\\s\"]+");

    @Override
    public String convert(ILoggingEvent event) {
        return mask(super.convert(event));
    }

    static String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = BEARER.matcher(text).replaceAll("$1****");
        masked = BASIC.matcher(masked).replaceAll("$1****");
        masked = QUERY_CODE.matcher(masked).replaceAll("$1****");
        return FIELD.matcher(masked).replaceAll("$1****");
    }
}
