package de.anliegen.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay on loopback in front of a server (the database), which a test closes and opens again: closed, it cuts
 * every connection through it and refuses new ones, as a stopped database server does; opened, it relays again on the
 * same port. The server behind it is never touched.
 */
public final class TcpGate implements AutoCloseable {

    private final InetSocketAddress target;
    private final int port;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    public TcpGate(String host, int targetPort) {
        target = new InetSocketAddress(host, targetPort);
        try (var probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        open();
    }

    /** The port on loopback that leads to the server while the gate is open. */
    public int port() {
        return port;
    }

    /** Relays again. */
    public synchronized void open() {
        if (listener != null) {
            return;
        }
        try {
            var server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            listener = server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var acceptor = new Thread(() -> accept(listener), "tcp-gate-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Refuses new connections and cuts those open, both ends. */
    public synchronized void shut() {
        if (listener == null) {
            return;
        }
        closeQuietly(listener);
        listener = null;
        sockets.forEach(TcpGate::closeQuietly);
        sockets.clear();
    }

    @Override
    public void close() {
        shut();
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException shut) {
                return;
            }
            try {
                var upstream = new Socket(target.getAddress(), target.getPort());
                sockets.add(client);
                sockets.add(upstream);
                relay(client, upstream);
                relay(upstream, client);
            } catch (IOException refused) {
                closeQuietly(client); // the server behind refused: so does the gate
            }
        }
    }

    private void relay(Socket from, Socket to) {
        var thread = new Thread(
                () -> {
                    var buffer = new byte[16 * 1024];
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        for (var n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                            out.write(buffer, 0, n);
                        }
                    } catch (IOException cut) {
                        // one side ended or the gate was shut
                    } finally {
                        closeQuietly(from);
                        closeQuietly(to);
                        sockets.remove(from);
                        sockets.remove(to);
                    }
                },
                "tcp-gate-relay");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing is all that is wanted
        }
    }
}
