package io.segsync.sandbox;

import com.sun.net.httpserver.HttpServer;
import io.segsync.sandbox.data.Ids;
import io.segsync.sandbox.data.Workspace;
import io.segsync.sandbox.data.WorkspaceGenerator;
import io.segsync.sandbox.data.WorkspaceSize;
import io.segsync.sandbox.http.ApiHttpHandler;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A local emulator of the Segment Public API on a loopback port. Start one in-process for a test, or
 * from the command line with {@code segsync sandbox}.
 */
public final class SandboxServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;
    private final Workspace workspace;
    private final String token;

    private SandboxServer(HttpServer server, ExecutorService executor, Workspace workspace, String token) {
        this.server = server;
        this.executor = executor;
        this.workspace = workspace;
        this.token = token;
    }

    /** Options of a sandbox; {@code port} 0 picks a free port, a null {@code token} generates one. */
    public record Options(int port, long seed, WorkspaceSize size, String token) {
        public static Options defaults() {
            return new Options(0, 42L, WorkspaceSize.SMALL, null);
        }

        public Options withPort(int value) {
            return new Options(value, seed, size, token);
        }

        public Options withSeed(long value) {
            return new Options(port, value, size, token);
        }

        public Options withSize(WorkspaceSize value) {
            return new Options(port, seed, value, token);
        }

        public Options withToken(String value) {
            return new Options(port, seed, size, value);
        }
    }

    public static SandboxServer start(Options options) throws IOException {
        Workspace workspace = WorkspaceGenerator.generate(options.seed(), options.size());
        String token = options.token() != null ? options.token() : generatedToken(options.seed());
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 64);
        ExecutorService executor = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "sandbox-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", new ApiHttpHandler(WorkspaceRoutes.of(workspace), () -> Set.of(token)));
        server.start();
        return new SandboxServer(server, executor, workspace, token);
    }

    /** Segment Public API tokens start with {@code sgp_}; the sandbox's look the same. */
    static String generatedToken(long seed) {
        return "sgp_" + Ids.of(seed, "token", 0) + Ids.of(seed, "token", 1) + Ids.of(seed, "token", 2).substring(0, 20);
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String token() {
        return token;
    }

    public Workspace workspace() {
        return workspace;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "SandboxServer[" + baseUrl() + ", token=****]";
    }
}
