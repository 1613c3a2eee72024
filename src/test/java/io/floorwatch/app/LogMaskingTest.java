package io.floorwatch.app;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The production logging setup never writes a token or a secret to the log file. */
class LogMaskingTest {
    @TempDir
    Path logs;

    @Test
    void theLogFileMasksTokensAndSecrets() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        context.putProperty("floorwatch.logdir", logs.toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(LogMaskingTest.class.getResource("/logback.xml"));
        Logger log = context.getLogger("io.floorwatch.test");
        log.info("calling with Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.abc.def and Basic ZGVtbzpkZW1v");
        log.info("token body {\"access_token\":\"tok-123456789\",\"expires_in\":86399}");
        log.warn("failed", new IllegalStateException("client_secret=hunter22 was refused"));
        log.info("redirect GET /oauth/callback?code=authcode-7f3a9&state=abc and {\"refresh_token\":\"rt-55aa66bb\"}");
        log.info("form grant_type=authorization_code&code=authcode-8e1b2&code_verifier=verifier-99887766&client_id=x");
        log.info("Genesys said {\"code\":\"missing.permissions\",\"status\":403}");
        context.stop();

        String written = Files.readString(logs.resolve("floorwatch.log"));
        assertThat(written).contains("Bearer ****").contains("Basic ****").contains("\"access_token\":\"****")
                .contains("client_secret=****").contains("expires_in");
        assertThat(written).doesNotContain("eyJhbGciOiJIUzI1NiJ9", "ZGVtbzpkZW1v", "tok-123456789", "hunter22",
                "authcode-7f3a9", "rt-55aa66bb", "authcode-8e1b2", "verifier-99887766");
        assertThat(written).as("error codes stay readable").contains("\"code\":\"missing.permissions\"");
    }
}
