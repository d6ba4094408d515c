package be.groupsetup.adapters.cli.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Files the tool reads because the technician named them ({@code group import FILE}, {@code @FILE}): a regular
 * file, a pipe or FIFO ({@code @<(generate)} names {@code /dev/fd/N}, a pipe), or {@code -} for the standard input
 * (docs/rules.md §5.5). A symbolic link is followed (reading through it changes nothing). At most a limit of bytes is
 * read, counted while reading: nothing larger is ever held in memory. A folder, a device ({@code /dev/zero},
 * {@code /dev/tty} …), a socket or another special file is refused at once, without being opened.
 */
public final class InputFiles {

    /** An export is a few kilobytes per hundred changes; 16 MiB is room for tens of thousands. */
    public static final int IMPORT_LIMIT = 16 * 1024 * 1024;
    /** A script of commands is a few kilobytes; 1 MiB is some ten thousand lines. */
    public static final int SCRIPT_LIMIT = 1024 * 1024;

    private static final int CHUNK = 64 * 1024;

    private InputFiles() {
    }

    /**
     * The bytes of the file named on the command line.
     *
     * @param given         the name as typed; {@code -} reads the standard input
     * @param limit         the most bytes accepted
     * @param standardInput the standard input (not closed)
     * @throws FileProblem what is wrong with the name, that it is too big, or why reading failed
     */
    public static byte[] read(String given, int limit, Supplier<InputStream> standardInput) throws FileProblem {
        if ("-".equals(given)) {
            return limited(standardInput.get(), given, limit);
        }
        Path path = FileKinds.path(given);
        FileKinds.Kind kind = FileKinds.kind(path, given);
        switch (kind) {
            case REGULAR, FIFO -> {
                // a regular file's size is known: one that is too big is refused without reading it
                if (kind == FileKinds.Kind.REGULAR && size(path) > limit) {
                    throw new FileProblem(FileProblem.Kind.TOO_BIG, given, String.valueOf(limit / (1024 * 1024)));
                }
                InputStream in;
                try {
                    in = Files.newInputStream(path);
                } catch (IOException e) {
                    throw FileKinds.problem(FileProblem.Kind.UNUSABLE, given, e);
                }
                try (in) {
                    return limited(in, given, limit);
                } catch (IOException e) {
                    throw FileKinds.problem(FileProblem.Kind.FAILED, given, e);
                }
            }
            case MISSING -> throw new FileProblem(FileProblem.Kind.MISSING, given, null);
            case DIRECTORY -> throw new FileProblem(FileProblem.Kind.DIRECTORY, given, null);
            case BLOCK_DEVICE -> throw new FileProblem(FileProblem.Kind.BLOCK_DEVICE, given, null);
            case SOCKET -> throw new FileProblem(FileProblem.Kind.SOCKET, given, null);
            case TERMINAL, SINK, CHARACTER_DEVICE -> throw new FileProblem(FileProblem.Kind.DEVICE, given, null);
            default -> throw new FileProblem(FileProblem.Kind.SPECIAL, given, null);
        }
    }

    /** The bytes as UTF-8 text, refused when they are not. */
    public static String utf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            // the read below says what is wrong
            return 0;
        }
    }

    private static byte[] limited(InputStream in, String given, int limit) throws FileProblem {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] chunk = new byte[CHUNK];
        try {
            int read;
            while ((read = in.read(chunk, 0, chunk.length)) >= 0) {
                if (bytes.size() + read > limit) {
                    throw new FileProblem(FileProblem.Kind.TOO_BIG, given, String.valueOf(limit / (1024 * 1024)));
                }
                bytes.write(chunk, 0, read);
            }
        } catch (IOException e) {
            throw FileKinds.problem(FileProblem.Kind.FAILED, given, e);
        }
        return bytes.toByteArray();
    }
}
