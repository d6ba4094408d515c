package be.groupsetup.application.port.in;

/**
 * @param content the export file's text
 * @param replace replace a group of the same number (a damaged document is moved aside)
 */
public record ImportGroupCommand(String content, boolean replace) {
}
