package be.groupsetup.adapters.cli;

import be.groupsetup.application.error.ArchiveFormatException;
import be.groupsetup.application.model.GroupArchive;
import be.groupsetup.application.port.out.ArchiveCodecPort;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The export file's format belongs to the storage adapter, which the shell adapter must not see: this stand-in
 * writes a small text that names an archive kept in memory, so that the shell's export and import (files,
 * messages, exit statuses) are tested on their own. Two stores that share one codec can hand a group over.
 */
public final class InMemoryArchiveCodec implements ArchiveCodecPort {

    private static final Pattern EXPORT = Pattern.compile("\\{\"test-archive\": (\\d+), \"group\": \"(\\d{11})\"}");

    private final List<GroupArchive> archives = new ArrayList<>();

    @Override
    public synchronized String encode(GroupArchive archive) {
        archives.add(archive);
        return "{\"test-archive\": " + (archives.size() - 1) + ", \"group\": \""
                + archive.group().groupNumber().value() + "\"}\n";
    }

    @Override
    public synchronized GroupArchive decode(String text) {
        Matcher matcher = EXPORT.matcher(text.strip());
        if (!matcher.matches() || Integer.parseInt(matcher.group(1)) >= archives.size()) {
            throw new ArchiveFormatException("not a test archive", null);
        }
        return archives.get(Integer.parseInt(matcher.group(1)));
    }
}
