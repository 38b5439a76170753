package dossier.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One case of the hostile suite: {@code src/test/resources/hostile/CLASS/CASE/} holds
 * <ul>
 * <li>{@code case.txt}: lines {@code key: value}. {@code base:} the fixture site under
 *     {@code sites/} to start from (default {@code minimal}); {@code command:} the arguments, with
 *     {@code {site}}, {@code {out}}, {@code {outside}} and {@code {tmp}} for the copied site, an
 *     output folder holding a previous good bake, a folder beside the site that nothing may touch,
 *     and the temporary folder; {@code exit:} the exit code expected (default 1); any number of
 *     {@code setup:} lines, run in order after the files are copied: {@code symlink LINK TARGET},
 *     {@code fifo PATH}, {@code bytes PATH N} (N bytes of 'a'), {@code text PATH TEXT} (with \n,
 *     \t, \\uXXXX escapes), {@code mkdir PATH}, {@code delete PATH}, {@code readonly PATH} (no
 *     writes into it, even as root: {@link #release} undoes it) (paths relative to the site;
 *     targets may use the placeholders);</li>
 * <li>{@code files/}: copied over the base site (optional);</li>
 * <li>{@code expected.txt}: what the command prints on stderr, placeholders put back.</li>
 * </ul>
 */
record HostileCase(String name, Path folder, Map<String, List<String>> settings) {
    static final Path ROOT = Sites.PROJECT.resolve("src/test/resources/hostile");
    static final String SECRET = "outside the site: never read, hashed, copied or written\n";

    static List<HostileCase> all() {
        if (!Files.isDirectory(ROOT)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(ROOT, 3)) {
            return files.filter(p -> p.getFileName().toString().equals("case.txt")).sorted()
                    .map(p -> of(ROOT.relativize(p.getParent()).toString(), p.getParent())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HostileCase of(String name, Path folder) {
        Map<String, List<String>> settings = new TreeMap<>();
        for (String line : read(folder.resolve("case.txt")).lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException(name + "/case.txt: not 'key: value': " + line);
            }
            settings.computeIfAbsent(line.substring(0, colon).strip(), k -> new ArrayList<>()).add(line.substring(colon + 1).strip());
        }
        if (!settings.containsKey("command")) {
            throw new IllegalArgumentException(name + "/case.txt has no command");
        }
        return new HostileCase(name, folder, settings);
    }

    /** The hostile class, the first folder of the name ("paths", "output", "limits", …). */
    String kind() {
        return name.substring(0, name.indexOf('/'));
    }

    int exit() {
        return Integer.parseInt(one("exit", "1"));
    }

    Path expectedFile() {
        return folder.resolve("expected.txt");
    }

    String expected() {
        return Files.exists(expectedFile()) ? read(expectedFile()) : "";
    }

    /** The site, a previous good bake in {@code out}, and the untouchable folder beside them. */
    Layout prepare(Path tmp) throws IOException {
        Path site = Sites.fixture(one("base", "minimal"), tmp);
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.md"), SECRET);
        Path out = tmp.resolve("out");
        CliRun previous = CliRun.run("bake", "--site", site.toString(), "--out", out.toString());
        if (previous.exit() != 0) {
            throw new IllegalStateException(name + ": the base site does not bake: " + previous.err());
        }
        Layout layout = new Layout(tmp, site, out, outside);
        Path files = folder.resolve("files");
        if (Files.isDirectory(files)) {
            Sites.copyTree(files, site);
        }
        for (String step : settings.getOrDefault("setup", List.of())) {
            setup(layout, step);
        }
        return layout;
    }

    String[] args(Layout layout) {
        return java.util.Arrays.stream(one("command", "").split("\\s+")).map(layout::place).toArray(String[]::new);
    }

    private void setup(Layout layout, String step) throws IOException {
        String[] words = step.split("\\s+", 3);
        Path at = layout.site().resolve(words[1]);
        switch (words[0]) {
            case "symlink" -> {
                Files.createDirectories(at.getParent());
                Files.deleteIfExists(at);
                Files.createSymbolicLink(at, Path.of(layout.place(words[2])));
            }
            case "fifo" -> {
                Files.createDirectories(at.getParent());
                Files.deleteIfExists(at);
                Process mkfifo = new ProcessBuilder("mkfifo", at.toString()).inheritIO().start();
                try {
                    if (mkfifo.waitFor() != 0) {
                        throw new IOException("mkfifo failed for " + at);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
            case "bytes" -> {
                Files.createDirectories(at.getParent());
                byte[] block = "a".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
                long size = Long.parseLong(words[2]);
                try (var output = Files.newOutputStream(at)) {
                    for (long written = 0; written < size; written += block.length) {
                        output.write(block, 0, (int) Math.min(block.length, size - written));
                    }
                }
            }
            case "text" -> {
                Files.createDirectories(at.getParent());
                Files.writeString(at, unescape(layout.place(words[2])), StandardCharsets.UTF_8);
            }
            case "mkdir" -> Files.createDirectories(at);
            case "readonly" -> readOnly(at, true);
            case "delete" -> deleteTree(at);
            default -> throw new IllegalArgumentException(name + ": unknown setup step: " + step);
        }
    }

    /** Makes the read-only paths of the setup writable again, so that the temporary folder can be deleted. */
    void release(Layout layout) throws IOException {
        for (String step : settings.getOrDefault("setup", List.of())) {
            String[] words = step.split("\\s+", 3);
            if (words[0].equals("readonly")) {
                readOnly(layout.site().resolve(words[1]), false);
            }
        }
    }

    /** chmod a-w, and for root (whom permissions do not stop) the immutable attribute as well. */
    private static void readOnly(Path at, boolean on) throws IOException {
        if (!Files.exists(at)) {
            return;
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root && !on) {
            run("chattr", "-i", at.toString()); // first: an immutable folder's mode cannot be changed
        }
        Files.setPosixFilePermissions(at, java.nio.file.attribute.PosixFilePermissions.fromString(on ? "r-xr-xr-x" : "rwxr-xr-x"));
        if (root && on) {
            run("chattr", "+i", at.toString());
        }
    }

    private static void run(String... command) throws IOException {
        try {
            if (new ProcessBuilder(command).inheritIO().start().waitFor() != 0) {
                throw new IOException("failed: " + String.join(" ", command));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private String one(String key, String fallback) {
        List<String> values = settings.getOrDefault(key, List.of());
        return values.isEmpty() ? fallback : values.get(values.size() - 1);
    }

    static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }

    /** Where a case runs. */
    record Layout(Path tmp, Path site, Path out, Path outside) {
        String place(String text) {
            return text.replace("{site}", site.toString()).replace("{out}", out.toString())
                    .replace("{outside}", outside.toString()).replace("{tmp}", tmp.toString());
        }

        String unplace(String printed) {
            // outside before out: "{tmp}/out" is a prefix of "{tmp}/outside"
            return printed.replace(site.toString(), "{site}").replace(outside.toString(), "{outside}")
                    .replace(out.toString(), "{out}").replace(tmp.toString(), "{tmp}")
                    .replaceAll("\\.staging-\\d+-\\d+", ".staging").replaceAll("\\.\\d+-\\d+\\.tmp|\\.tmp-\\d+", ".tmp");
        }
    }

    /** Every regular file and link below a folder, with the sha256 of its bytes (or of the link's target). */
    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                String key = root.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    files.put(key, "link:" + Files.readSymbolicLink(p));
                } else if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    files.put(key, sha256(Files.readAllBytes(p)));
                } else if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    files.put(key + "/", "dir");
                } else {
                    files.put(key, "special");
                }
            }
        }
        return files;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
