package clinic.consult.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver that misbehaves on purpose, on a loopback port of its own: it reads each request and then either
 * never answers ({@link #stalling()}) or answers 200 with a long body that it sends one byte a second
 * ({@link #dripping()}). It counts the connections the service still holds open to it.
 */
public final class SilentReceiver implements AutoCloseable {

    private final ServerSocket server;
    private final boolean drip;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger accepted = new AtomicInteger();

    private SilentReceiver(boolean drip) {
        this.drip = drip;
        try {
            this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var acceptor = new Thread(this::accept, "silent-receiver-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Reads the request, never answers. */
    public static SilentReceiver stalling() {
        return new SilentReceiver(false);
    }

    /** Answers 200 with Content-Length 100000, then one byte a second. */
    public static SilentReceiver dripping() {
        return new SilentReceiver(true);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/hooks/silent";
    }

    /** Connections the client has not closed yet. */
    public int openConnections() {
        return open.size();
    }

    /** Connections taken so far. */
    public int accepted() {
        return accepted.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                var socket = server.accept();
                accepted.incrementAndGet();
                open.add(socket);
                var handler = new Thread(() -> handle(socket), "silent-receiver-connection");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void handle(Socket socket) {
        try (socket) {
            var in = socket.getInputStream();
            if (drip) {
                var dripper = new Thread(() -> drip(socket), "silent-receiver-drip");
                dripper.setDaemon(true);
                dripper.start();
            }
            // reads until the client closes its side (or resets the connection)
            var buffer = new byte[8192];
            while (in.read(buffer) >= 0) {
                // the request is read and dropped
            }
        } catch (IOException e) {
            // the client reset the connection: it is closed all the same
        } finally {
            open.remove(socket);
        }
    }

    private void drip(Socket socket) {
        try {
            var out = socket.getOutputStream();
            out.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            for (int i = 0; i < 100_000 && !socket.isClosed(); i++) {
                out.write('x');
                out.flush();
                Thread.sleep(1_000);
            }
        } catch (IOException | InterruptedException e) {
            // the client went away
        }
    }

    @Override
    public void close() {
        try {
            server.close();
            for (var socket : open) {
                socket.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
