package io.floorwatch.history;

import org.h2.tools.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

/**
 * Serves an open history file to the other Floorwatch processes of this user (the window and a command at the
 * same time): an H2 TCP server on a loopback port, reachable only under a random 128-bit key, both written into
 * {@code <file>.served} next to the file, readable by this user only. Ours rather than H2's automatic mixed mode,
 * which serves on the network address and must close the database from its own shutdown hook, racing a command's
 * last writes on Ctrl-C.
 */
final class HistoryServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HistoryServer.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Where another process finds a served file: the JDBC URL to reach it. */
    record Address(int port, String key) {
        String url() {
            return "jdbc:h2:tcp://127.0.0.1:" + port + "/" + key + ";LOCK_TIMEOUT=10000";
        }
    }

    private final Server server;
    private final Path base;
    private final Address address;

    private HistoryServer(Server server, Path base, Address address) {
        this.server = server;
        this.base = base;
        this.address = address;
    }

    /** Starts serving the database at {@code base} (absolute, without {@code .mv.db}), open in this process. */
    static HistoryServer start(Path base) throws SQLException, IOException {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String key = HexFormat.of().formatHex(bytes);
        // No -tcpAllowOthers: connections from other machines are refused (and h2.bindAddress binds loopback).
        Server server = Server.createTcpServer("-tcpPort", "0", "-tcpDaemon", "-key", key, base.toString()).start();
        Address address = new Address(server.getPort(), key);
        try {
            write(servedFile(base), address);
        } catch (IOException e) {
            server.stop();
            throw e;
        }
        LOG.info("history {}.mv.db shared with this user's other Floorwatch processes on 127.0.0.1:{}", base,
                address.port());
        return new HistoryServer(server, base, address);
    }

    /** Where the process holding {@code base} serves it, if one says so. */
    static Optional<Address> find(Path base) {
        Path served = servedFile(base);
        if (!Files.isRegularFile(served)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = new StringReader(Files.readString(served))) {
            properties.load(in);
            return Optional.of(new Address(Integer.parseInt(properties.getProperty("port", "")),
                    properties.getProperty("key", "")));
        } catch (IOException | NumberFormatException e) {
            LOG.warn("{} cannot be read: {}", served, e.getMessage());
            return Optional.empty();
        }
    }

    private static Path servedFile(Path base) {
        return base.resolveSibling(base.getFileName() + ".served");
    }

    private static void write(Path served, Address address) throws IOException {
        Path temp = Files.createTempFile(served.getParent(), "served", ".tmp");
        try {
            if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(temp, "port=" + address.port() + "\nkey=" + address.key() + "\n");
            try {
                Files.move(temp, served, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, served, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Stops serving: the other processes' connections end (their writers take the file over). */
    @Override
    public void close() {
        server.stop();
        try {
            // Only our own note: a process that took the file over since has written its own.
            if (find(base).filter(address::equals).isPresent()) {
                Files.deleteIfExists(servedFile(base));
            }
        } catch (IOException e) {
            LOG.warn("{} could not be removed: {}", servedFile(base), e.getMessage());
        }
    }
}
