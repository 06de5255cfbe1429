package com.anjian.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on a local port in front of a real server (the test database, the test Keycloak), so a
 * test can create an outage without touching the shared server: {@code cut} refuses new connections
 * and resets open ones (the server is down), {@code freeze} accepts and forwards nothing (the server
 * hangs), {@code restore} and {@code thaw} undo them.
 *
 * <p>A test profile starts the proxies before Quarkus does, and the test drives them later, possibly
 * from another class loader; so a proxy is found through a system property (a string: its port and
 * the port of a small control socket that takes the commands) rather than through a static field.
 */
public final class TcpProxy {

    private static final String REGISTRY = "anjian-test-tcp-proxy.";

    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;
    private volatile boolean frozen;

    private TcpProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.server = listen(0);
        this.port = server.getLocalPort();
        accept(server);
    }

    /** The local port of the proxy named {@code name} to {@code target} (host:port), started once per JVM. */
    public static synchronized int start(String name, String targetHost, int targetPort) {
        String existing = System.getProperty(REGISTRY + name);
        if (existing != null) {
            return Integer.parseInt(existing.split(":")[0]);
        }
        try {
            TcpProxy proxy = new TcpProxy(targetHost, targetPort);
            int control = proxy.listenForCommands();
            System.setProperty(REGISTRY + name, proxy.port + ":" + control);
            return proxy.port;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends "cut", "restore", "freeze" or "thaw" to the proxy named {@code name} and waits until it is done. */
    public static void command(String name, String command) {
        String registered = System.getProperty(REGISTRY + name);
        if (registered == null) {
            throw new IllegalStateException("no proxy " + name + " was started (is the test profile active?)");
        }
        int control = Integer.parseInt(registered.split(":")[1]);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), control)) {
            socket.getOutputStream().write((command + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String reply = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            if (!"ok".equals(reply)) {
                throw new IllegalStateException("proxy " + name + " answered " + reply + " to " + command);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int listenForCommands() throws IOException {
        ServerSocket commands = listen(0);
        Thread listener = new Thread(() -> {
            while (true) {
                try (Socket socket = commands.accept()) {
                    String command = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                            java.nio.charset.StandardCharsets.US_ASCII)).readLine();
                    String reply;
                    try {
                        handle(command);
                        reply = "ok";
                    } catch (RuntimeException e) {
                        reply = String.valueOf(e);
                    }
                    socket.getOutputStream().write((reply + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    // a caller that went away; keep listening
                }
            }
        }, "tcp-proxy-control-" + port);
        listener.setDaemon(true);
        listener.start();
        return commands.getLocalPort();
    }

    /** host and port of a URL such as jdbc:mysql://127.0.0.1:3400/db or http://127.0.0.1:8400/realms/x. */
    public static Map.Entry<String, Integer> hostAndPort(String url) {
        URI uri = URI.create(url.startsWith("jdbc:") ? url.substring("jdbc:".length()) : url);
        return Map.entry(uri.getHost(), uri.getPort());
    }

    private void handle(String command) {
        try {
            switch (String.valueOf(command)) {
                case "cut" -> cut();
                case "restore" -> restore();
                case "freeze" -> frozen = true;
                case "thaw" -> frozen = false;
                default -> throw new IllegalArgumentException(command);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized void cut() throws IOException {
        server.close();
        for (Socket socket : sockets) {
            closeQuietly(socket);
        }
        sockets.clear();
    }

    private synchronized void restore() throws IOException {
        if (server.isClosed()) {
            server = listen(port);
            accept(server);
        }
    }

    private static ServerSocket listen(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return socket;
    }

    private void accept(ServerSocket listening) {
        Thread acceptor = new Thread(() -> {
            while (!listening.isClosed()) {
                try {
                    Socket client = listening.accept();
                    Socket upstream = new Socket(targetHost, targetPort);
                    sockets.add(client);
                    sockets.add(upstream);
                    pump(client, upstream);
                    pump(upstream, client);
                } catch (IOException e) {
                    // closed by cut(), or the target refused: the client sees its connection end
                }
            }
        }, "tcp-proxy-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void pump(Socket from, Socket to) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    while (frozen && !from.isClosed()) {
                        Thread.sleep(20);
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // one side closed or was reset
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                sockets.remove(from);
                sockets.remove(to);
            }
        }, "tcp-proxy-pump-" + port);
        pump.setDaemon(true);
        pump.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
