package be.groupsetup.bootstrap;

import be.groupsetup.application.error.SettingException;
import org.springframework.core.env.PropertiesPropertySource;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code ~/.groupsetup/groupsetup.properties}, the settings file (docs/rules.md §5.4), read by groupsetup itself rather
 * than by Spring's config import, so that it is read the way every file of the data directory is: only when it is a
 * regular file (never through a symbolic link, never a folder, a pipe or a device, which would hang or be read as
 * something else), at most {@value #LIMIT_KIB} KiB (not read into memory past that), in UTF-8 (or ISO-8859-1, as Java's
 * own properties files, when it is not UTF-8). Anything else is refused at start with one line, exit 2
 * ({@link SettingException}). A file that is not there is no settings file, not an error.
 */
final class SettingsFile {

    static final int LIMIT_KIB = 64;
    private static final int LIMIT = LIMIT_KIB * 1024;
    static final String NAME = "groupsetup.properties";

    private SettingsFile() {
    }

    /** {@code ~/.groupsetup/groupsetup.properties} of this user. */
    static Path standard() {
        return Path.of(System.getProperty("user.home"), ".groupsetup", NAME);
    }

    /** Its settings, as a property source named after it; empty when there is no such file. */
    static Optional<PropertiesPropertySource> read(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | SecurityException e) {
            throw new SettingException("settings.file-unreadable", e, file, reason(e));
        }
        if (attributes.isSymbolicLink()) {
            throw new SettingException("settings.file-link", null, file);
        }
        if (!attributes.isRegularFile()) {
            throw new SettingException("settings.file-not-regular", null, file);
        }
        if (attributes.size() > LIMIT) {
            throw new SettingException("settings.file-too-large", null, file, LIMIT_KIB);
        }
        byte[] content;
        try (SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.READ,
                LinkOption.NOFOLLOW_LINKS)) {
            content = Channels.newInputStream(channel).readNBytes(LIMIT + 1);
        } catch (IOException | SecurityException e) {
            throw new SettingException("settings.file-unreadable", e, file, reason(e));
        }
        if (content.length > LIMIT) {
            throw new SettingException("settings.file-too-large", null, file, LIMIT_KIB);
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(decode(content)));
        } catch (IOException | IllegalArgumentException e) {
            // a malformed unicode escape (a backslash, u and four hexadecimal digits)
            throw new SettingException("settings.file-unreadable", e, file, reason(e));
        }
        return Optional.of(new PropertiesPropertySource("groupsetup settings file " + file, properties));
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return new String(content, StandardCharsets.ISO_8859_1);
        }
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
