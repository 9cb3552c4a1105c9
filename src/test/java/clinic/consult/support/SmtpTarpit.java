package clinic.consult.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A man in the middle between the mailer and the SMTP server: it passes every byte on, except that a session that
 * names a marked recipient ({@code RCPT TO}) is held there, unanswered, as a tarpit holds a spammer: the client waits
 * until its own time-out. Everything else goes through untouched, on other connections. With its reply gate closed
 * ({@link #holdReplies()}) it also keeps back the server's answer to the end of each message: the server has taken
 * the email, the client does not know yet.
 */
public final class SmtpTarpit implements AutoCloseable {

    private final ServerSocket listener;
    private final int serverPort;
    private final String marker;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final AtomicInteger holding = new AtomicInteger();
    private final AtomicInteger repliesHeld = new AtomicInteger();
    private final Object gate = new Object();
    private volatile boolean gateClosed;
    private volatile long replyDelayMillis;
    private volatile boolean closed;

    private SmtpTarpit(int port, int serverPort, String marker) throws IOException {
        this.listener = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        this.serverPort = serverPort;
        this.marker = marker.toLowerCase(Locale.ROOT);
        var acceptor = new Thread(this::accept, "smtp-tarpit");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Listens on {@code port} and passes sessions on to the server on {@code serverPort}. */
    public static SmtpTarpit between(int port, int serverPort, String marker) {
        try {
            return new SmtpTarpit(port, serverPort, marker);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** From now on, the server's answer to the end of a message waits until {@link #releaseReplies()}. */
    public void holdReplies() {
        gateClosed = true;
    }

    /** From now on, the server's answer to the end of each message comes this much later: a slow server. */
    public void delayReplies(java.time.Duration delay) {
        replyDelayMillis = delay.toMillis();
    }

    /** Lets every held answer through, and the ones after it. */
    public void releaseReplies() {
        synchronized (gate) {
            gateClosed = false;
            gate.notifyAll();
        }
    }

    /** Emails the server has taken whose answer the gate is keeping back right now. */
    public int repliesHeld() {
        return repliesHeld.get();
    }

    /** Sessions held at a marked recipient right now. */
    public int holding() {
        return holding.get();
    }

    /**
     * Takes each session and connects it to the server. A session the server refuses, or one that breaks while being
     * set up, is closed, so the client sees a dropped connection and tries again; the proxy keeps listening.
     */
    private void accept() {
        while (!closed) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                continue;
            }
            try {
                var server = new Socket(InetAddress.getLoopbackAddress(), serverPort);
                sockets.add(client);
                sockets.add(server);
                var endOfData = new AtomicInteger();
                pump(server.getInputStream(), client.getOutputStream(), false, endOfData, server, client);
                pump(client.getInputStream(), server.getOutputStream(), true, endOfData, client, server);
            } catch (IOException e) {
                closeQuietly(client);
            }
        }
    }

    /** @param endOfData messages of this session whose end the client has sent and whose answer is still to pass */
    private void pump(
            InputStream from, OutputStream to, boolean fromClient, AtomicInteger endOfData, Socket in, Socket out) {
        var thread = new Thread(
                () -> {
                    var line = new ByteArrayOutputStream();
                    try {
                        int b;
                        while ((b = from.read()) >= 0) {
                            line.write(b);
                            if (b != '\n') {
                                continue;
                            }
                            var text = line.toString(StandardCharsets.US_ASCII).toLowerCase(Locale.ROOT);
                            if (fromClient && text.startsWith("rcpt to:") && text.contains(marker)) {
                                hold(from);
                                return;
                            }
                            if (fromClient && text.equals(".\r\n")) {
                                endOfData.incrementAndGet();
                            }
                            if (!fromClient && endOfData.get() > 0 && text.startsWith("250")) {
                                endOfData.decrementAndGet();
                                waitAtGate();
                            }
                            to.write(line.toByteArray());
                            to.flush();
                            line.reset();
                        }
                    } catch (IOException e) {
                        // either side closed
                    } finally {
                        // one side is done: so is the session, and its sockets leave the list
                        closeQuietly(in);
                        closeQuietly(out);
                        sockets.remove(in);
                        sockets.remove(out);
                    }
                },
                "smtp-tarpit-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private void waitAtGate() {
        if (replyDelayMillis > 0) {
            try {
                Thread.sleep(replyDelayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (gate) {
            if (!gateClosed) {
                return;
            }
            repliesHeld.incrementAndGet();
            try {
                while (gateClosed && !closed) {
                    gate.wait(100);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                repliesHeld.decrementAndGet();
            }
        }
    }

    /** Reads on and answers nothing, until the client gives up and closes. */
    private void hold(InputStream from) throws IOException {
        holding.incrementAndGet();
        try {
            while (from.read() >= 0) {
                // swallowed
            }
        } finally {
            holding.decrementAndGet();
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            listener.close();
        } catch (IOException e) {
            // closing anyway
        }
        for (var socket : sockets) {
            closeQuietly(socket);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
