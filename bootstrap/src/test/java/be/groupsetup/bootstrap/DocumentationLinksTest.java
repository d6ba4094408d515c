package be.groupsetup.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clone of the repository explains itself: every relative link and image of every Markdown file leads to a file
 * or folder inside the repository, and a link to {@code file.md#anchor} to a heading of that file (GitHub's anchors:
 * lower case, punctuation dropped, each space a {@code -}, a repeated heading numbered {@code -1}, {@code -2} …).
 * Links to {@code http:}, {@code https:} and {@code mailto:} are not followed; a bare {@code #anchor} is checked
 * against the file's own headings. Nothing may point at the documents the project was first written from, which live
 * outside it: neither a link nor a mention in the Markdown, nor a reference in a source file.
 * <p>
 * The tests run from the {@code bootstrap} folder, so the repository is its parent. Build output ({@code target}),
 * version control and dependency folders, and the benchmarks' generated data ({@code bench/out}), are skipped. Reading the few hundred files takes well under a second.
 */
class DocumentationLinksTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static final Set<String> SKIPPED_FOLDERS = Set.of("target", ".git", "node_modules", ".idea", ".vscode");
    /** Folders of generated data the repository ignores, by their path from its root (the benchmarks' groups). */
    private static final Set<Path> SKIPPED_PATHS = Set.of(Path.of("bench", "out"));

    /** The schemes a link may use without being followed. Any other scheme is a mistake (a {@code file:} link …). */
    private static final Set<String> EXTERNAL_SCHEMES = Set.of("http", "https", "mailto");

    /** {@code [text](target "title")} and {@code ![alt](target)}; the text may hold one level of brackets. */
    private static final Pattern INLINE_LINK = Pattern.compile(
            "!?\\[(?:[^\\[\\]]|\\[[^\\[\\]]*\\])*\\]\\(\\s*(<[^<>\\n]*>|[^\\s()]+(?:\\([^\\s()]*\\)[^\\s()]*)*)"
                    + "(?:\\s+(?:\"[^\"]*\"|'[^']*'|\\([^()]*\\)))?\\s*\\)");
    /** {@code [label]: target} on a line of its own. */
    private static final Pattern REFERENCE_DEFINITION =
            Pattern.compile("(?m)^ {0,3}\\[[^\\]]+\\]:[ \\t]*(<[^<>\\n]*>|\\S+)");
    /** {@code href="…"} and {@code src="…"} of HTML written in the Markdown. */
    private static final Pattern HTML_LINK = Pattern.compile("(?i)\\b(?:href|src)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern HTML_ANCHOR = Pattern.compile("(?i)<a\\s[^>]*\\b(?:name|id)\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Pattern ATX_HEADING =
            Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern CODE_SPAN = Pattern.compile("(?<!`)(`+)(?!`)(.+?)(?<!`)\\1(?!`)");
    private static final Pattern HTML_COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern LINK_IN_HEADING = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]+>");
    /** What GitHub drops from a heading's text to make its anchor: all but letters, digits, marks, blanks, - and _. */
    private static final Pattern NOT_IN_SLUG = Pattern.compile("[^\\p{L}\\p{N}\\p{M} _-]");

    /**
     * The documents the project was first written from, outside the repository: a clone does not have them. Spelled in
     * pieces so that this file does not mention them itself.
     */
    private static final Pattern SHARED_FOLDER = Pattern.compile("\\.\\./sha" + "red|/work/sha" + "red");
    private static final Pattern OUTSIDE_DOCUMENTS = Pattern.compile(SHARED_FOLDER.pattern()
            + "|\\bSP" + "EC\\b|\\bSTY" + "LE\\.md\\b|SPRING-" + "SHELL-4");
    /** Words one of which a file must hold for {@link #OUTSIDE_DOCUMENTS} to be worth running on it (a fast look). */
    private static final List<String> OUTSIDE_WORDS =
            List.of("/sha" + "red", "SP" + "EC", "STY" + "LE.md", "SPRING-" + "SHELL");

    /** The files of the repository, walked once for all the tests. */
    private static List<Path> repositoryFiles;

    @Test
    void givenTheRepository_whenEveryMarkdownLinkIsFollowed_thenEachLeadsToAFileOrHeadingInside() {
        assertThat(ROOT.resolve("pom.xml")).as("the repository root, seen from the bootstrap folder").isRegularFile();
        List<Path> markdown = markdownFiles();

        List<String> problems = new Links(ROOT).check(markdown);

        assertThat(markdown).as("Markdown files found").hasSizeGreaterThan(5);
        assertThat(problems).as("links that lead nowhere").isEmpty();
    }

    @Test
    void givenTheRepository_whenSearchedForTheOutsideDocuments_thenNoFileNamesThem() {
        List<String> found = new ArrayList<>();
        for (Path file : textFiles()) {
            String text = readLeniently(file);
            if (OUTSIDE_WORDS.stream().noneMatch(text::contains)) {
                continue;
            }
            Matcher outside = OUTSIDE_DOCUMENTS.matcher(text);
            int lastLine = 0;
            while (outside.find()) {
                int line = lineAt(lineStarts(text), outside.start());
                if (line != lastLine) {
                    int start = text.lastIndexOf('\n', outside.start()) + 1;
                    int end = text.indexOf('\n', outside.start());
                    found.add(ROOT.relativize(file) + ":" + line + ": "
                            + text.substring(start, end < 0 ? text.length() : end).strip());
                    lastLine = line;
                }
            }
        }

        assertThat(found).as("references to documents outside the repository (point at docs/rules.md instead)")
                .isEmpty();
    }

    @Test
    void givenHeadings_whenMadeAnchors_thenAsGitHubMakesThem() {
        assertThat(slug("5. The shell")).isEqualTo("5-the-shell");
        assertThat(slug("5.2 Exit statuses")).isEqualTo("52-exit-statuses");
        assertThat(slug("2. The CSAM / eHealth procedure")).isEqualTo("2-the-csam--ehealth-procedure");
        assertThat(slug("Enterprise number: `enterprise-number` (and `ehealth-box` of type `CBE`)"))
                .isEqualTo("enterprise-number-enterprise-number-and-ehealth-box-of-type-cbe");
        assertThat(slug("Files handed over (import)")).isEqualTo("files-handed-over-import");
        assertThat(slug("Qualité d’une *boîte*")).isEqualTo("qualité-dune-boîte");
        assertThat(slug("See [the catalogue](findings.md)")).isEqualTo("see-the-catalogue");
    }

    @Test
    void givenBrokenLinks_whenChecked_thenEachIsReportedWithItsLine(@TempDir Path repository) throws IOException {
        Files.createDirectories(repository.resolve("docs/images"));
        Files.writeString(repository.resolve("docs/images/there.png"), "png");
        Files.writeString(repository.resolve("docs/guide.md"), """
                # Guide

                ## 1. Settings
                ## Settings
                ## Settings
                text
                """);
        Path readme = Files.writeString(repository.resolve("README.md"), """
                # Project

                [fine](docs/guide.md) [fine too](docs/guide.md#1-settings) [the second](docs/guide.md#settings-1)
                [a folder](docs/) [here](#project) [web](https://example.org/x.md#nowhere) [mail](mailto:a@b.c)
                ![shown](docs/images/there.png) [titled](docs/guide.md "Guide") [spaced](<docs/guide.md>)
                ![missing](docs/images/missing.png)
                [gone](docs/gone.md)
                [no anchor](docs/guide.md#2-storage)
                [no anchor here](#nowhere)
                [outside](../elsewhere/notes.md)
                [local file](file:///etc/passwd)
                `[in code](docs/not-a-link.md)`

                ```text
                [in a fence](docs/not-a-link-either.md)
                ```
                Written from %s.
                """.formatted(".." + "/shared/notes.md"));

        List<String> problems = new Links(repository).check(List.of(readme, repository.resolve("docs/guide.md")));

        assertThat(problems).containsExactly(
                "README.md:6: docs/images/missing.png — no such file",
                "README.md:7: docs/gone.md — no such file",
                "README.md:8: docs/guide.md#2-storage — no heading makes the anchor #2-storage in docs/guide.md",
                "README.md:9: #nowhere — no heading makes the anchor #nowhere in README.md",
                "README.md:10: ../elsewhere/notes.md — leads outside the repository",
                "README.md:11: file:///etc/passwd — a file: link, neither relative nor http(s) nor mailto",
                "README.md:17: mentions " + ".." + "/shared, which is outside the repository");
    }

    /** Follows the links of Markdown files of one repository, reading each target's headings once. */
    private static final class Links {

        private final Path root;
        private final Map<Path, Set<String>> anchors = new HashMap<>();

        Links(Path root) {
            this.root = root.toAbsolutePath().normalize();
        }

        List<String> check(List<Path> markdownFiles) {
            List<String> problems = new ArrayList<>();
            for (Path file : markdownFiles) {
                check(file.toAbsolutePath().normalize(), problems);
            }
            return problems;
        }

        private void check(Path file, List<String> problems) {
            String raw = read(file);
            String text = withoutCode(raw);
            String name = root.relativize(file).toString().replace('\\', '/');
            int[] lineStarts = lineStarts(text);
            List<Target> targets = new ArrayList<>();
            for (Pattern pattern : List.of(INLINE_LINK, REFERENCE_DEFINITION, HTML_LINK)) {
                Matcher matcher = pattern.matcher(text);
                while (matcher.find()) {
                    targets.add(new Target(matcher.group(1), lineAt(lineStarts, matcher.start(1))));
                }
            }
            targets.sort(Comparator.comparingInt(Target::line));
            for (Target target : targets) {
                problem(file, target.text()).ifPresent(reason ->
                        problems.add(name + ":" + target.line() + ": " + target.text() + " — " + reason));
            }
            Matcher shared = SHARED_FOLDER.matcher(raw);
            while (shared.find()) {
                problems.add(name + ":" + lineAt(lineStarts, shared.start()) + ": mentions " + shared.group()
                        + ", which is outside the repository");
            }
        }

        private Optional<String> problem(Path file, String written) {
            String target = written.startsWith("<") && written.endsWith(">")
                    ? written.substring(1, written.length() - 1).strip() : written;
            Matcher scheme = SCHEME.matcher(target);
            if (scheme.find()) {
                String name = scheme.group(1).toLowerCase(Locale.ROOT);
                return EXTERNAL_SCHEMES.contains(name) ? Optional.empty()
                        : Optional.of("a " + name + ": link, neither relative nor http(s) nor mailto");
            }
            int hash = target.indexOf('#');
            String path = decode(hash < 0 ? target : target.substring(0, hash));
            String anchor = hash < 0 ? null : decode(target.substring(hash + 1));
            // a path from the repository's root starts with /, as GitHub reads it
            Path resolved = path.isEmpty() ? file
                    : path.startsWith("/") ? root.resolve(path.substring(1)).normalize()
                    : file.getParent().resolve(path).normalize();
            if (!resolved.startsWith(root)) {
                return Optional.of("leads outside the repository");
            }
            if (!Files.exists(resolved)) {
                return Optional.of("no such file");
            }
            if (anchor != null && !anchor.isEmpty() && resolved.toString().endsWith(".md")
                    && !anchorsOf(resolved).contains(anchor)) {
                return Optional.of("no heading makes the anchor #" + anchor + " in "
                        + root.relativize(resolved).toString().replace('\\', '/'));
            }
            return Optional.empty();
        }

        private Set<String> anchorsOf(Path markdown) {
            return anchors.computeIfAbsent(markdown, file -> {
                // a heading's code spans are part of its anchor: only the fenced blocks are left out
                String text = withoutFences(read(file));
                Set<String> found = new HashSet<>();
                Map<String, Integer> seen = new HashMap<>();
                for (String line : text.split("\n", -1)) {
                    Matcher heading = ATX_HEADING.matcher(line);
                    if (heading.matches()) {
                        String slug = slug(heading.group(2) == null ? "" : heading.group(2));
                        int times = seen.merge(slug, 1, Integer::sum);
                        found.add(times == 1 ? slug : slug + "-" + (times - 1));
                    }
                }
                Matcher html = HTML_ANCHOR.matcher(text);
                while (html.find()) {
                    found.add(html.group(1));
                }
                return found;
            });
        }
    }

    private record Target(String text, int line) {
    }

    /** The anchor GitHub gives a heading: its text as shown, lower case, punctuation dropped, each space a dash. */
    static String slug(String heading) {
        String shown = HTML_TAG.matcher(LINK_IN_HEADING.matcher(heading).replaceAll("$1")).replaceAll("");
        return NOT_IN_SLUG.matcher(shown.toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
    }

    /**
     * The text with what holds no link to follow blanked out — fenced code blocks, code spans, HTML comments — each
     * character replaced by a space (a line break kept), so that positions and line numbers stay those of the file.
     */
    private static String withoutCode(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : withoutFences(text).split("\n", -1)) {
            lines.add(blank(CODE_SPAN, line));
        }
        return blank(HTML_COMMENT, String.join("\n", lines));
    }

    /** The text with its fenced code blocks blanked out, fences included, line breaks kept. */
    private static String withoutFences(String text) {
        List<String> lines = new ArrayList<>();
        String fence = null;
        for (String line : text.split("\n", -1)) {
            Matcher opening = FENCE.matcher(line);
            if (fence == null && opening.find()) {
                fence = opening.group(1);
                lines.add(" ".repeat(line.length()));
            } else if (fence != null) {
                String closing = line.strip();
                char mark = fence.charAt(0);
                if (closing.length() >= fence.length() && closing.chars().allMatch(c -> c == mark)) {
                    fence = null;
                }
                lines.add(" ".repeat(line.length()));
            } else {
                lines.add(line);
            }
        }
        return String.join("\n", lines);
    }

    /** Every match of the pattern, its line breaks kept and every other character a space. */
    private static String blank(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (matcher.find()) {
            out.append(text, last, matcher.start());
            matcher.group().chars().forEach(c -> out.append(c == '\n' ? '\n' : ' '));
            last = matcher.end();
        }
        return out.append(text, last, text.length()).toString();
    }

    /** Where each line of a text starts. */
    private static int[] lineStarts(String text) {
        int[] starts = Arrays.stream(text.split("\n", -1)).mapToInt(String::length).toArray();
        for (int i = 0, start = 0; i < starts.length; i++) {
            int length = starts[i];
            starts[i] = start;
            start += length + 1;
        }
        return starts;
    }

    /** The line (from 1) an offset of the text is on. */
    private static int lineAt(int[] lineStarts, int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** {@code %20} and the like, as a browser reads them ({@code +} stays a plus). */
    private static String decode(String target) {
        if (target.indexOf('%') < 0) {
            return target;
        }
        return URLDecoder.decode(target.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static synchronized List<Path> repositoryFiles() {
        if (repositoryFiles == null) {
            repositoryFiles = walk(ROOT);
        }
        return repositoryFiles;
    }

    private static List<Path> markdownFiles() {
        return repositoryFiles().stream().filter(p -> p.getFileName().toString().endsWith(".md")).toList();
    }

    /** Every file that may hold text: anything but what is known to be binary, up to a size no source file reaches. */
    private static List<Path> textFiles() {
        Set<String> binary = Set.of("png", "jpg", "jpeg", "gif", "ico", "jar", "class", "zip", "gz", "tgz", "jsa",
                "pdf", "woff", "woff2", "ttf", "p12", "jks", "keystore");
        return repositoryFiles().stream().filter(file -> {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            return dot < 0 || !binary.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        }).toList();
    }

    private static List<Path> walk(Path root) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return !dir.equals(root) && (SKIPPED_FOLDERS.contains(dir.getFileName().toString())
                            || SKIPPED_PATHS.contains(root.relativize(dir)))
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && attributes.size() <= 4 * 1024 * 1024
                            && !SKIPPED_FOLDERS.contains(file.getFileName().toString())) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** A file read leniently: one that is not UTF-8 is read as ISO-8859-1, which maps every byte. */
    private static String readLeniently(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            try {
                return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                return new String(bytes, StandardCharsets.ISO_8859_1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
