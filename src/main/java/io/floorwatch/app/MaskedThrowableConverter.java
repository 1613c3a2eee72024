package io.floorwatch.app;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;

/** Stack traces with credentials masked ({@code %maskedEx}): exception messages can quote request headers. */
public final class MaskedThrowableConverter extends ThrowableProxyConverter {
    @Override
    protected String throwableProxyToString(IThrowableProxy proxy) {
        return SecretMaskingConverter.mask(super.throwableProxyToString(proxy));
    }
}
